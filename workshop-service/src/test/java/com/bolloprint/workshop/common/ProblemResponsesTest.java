package com.bolloprint.workshop.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Client mistakes get a precise problem+json, never a 500 or a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void malformedJsonIsABadRequest() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .body("{\"name\": ")
        .post("/api/customers")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("status", equalTo(400))
        .body("detail", not(containsString("Exception")));
    assertEquals(0L, Db.count(shop.id, "select count(*) from customers"));
  }

  @Test
  void unknownFieldIsABadRequestNamingIt() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .body(Map.of("name", "A", "isVip", true))
        .post("/api/customers")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors[0].field", equalTo("isVip"));
  }

  @Test
  void wrongTypeIsABadRequestNamingTheField() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .body(Map.of("lines", List.of(Map.of("productId", "not-a-uuid", "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors[0].field", equalTo("lines[0].productId"));
  }

  @Test
  void negativeAndZeroQuantitiesAreRefusedPerField() {
    Workshop shop = Workshop.create();
    String product = shop.product("P", "1");
    shop.token("worker")
        .request()
        .body(
            Map.of(
                "lines",
                List.of(
                    Map.of("productId", product, "quantity", -2),
                    Map.of("productId", product, "quantity", 0))))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors.field", equalTo(List.of("lines[0].quantity", "lines[1].quantity")));
    assertEquals(0L, Db.count(shop.id, "select count(*) from orders"));
  }

  @Test
  void negativePriceAndBadCurrencyAreRefused() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .body(Map.of("sku", "S", "name", "N", "unitPrice", -1, "currency", "euro"))
        .post("/api/products")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("unitPrice", "currency"));
  }

  @Test
  void oversizedBodyIsPayloadTooLarge() {
    Workshop shop = Workshop.create();
    String huge = "{\"name\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";
    shop.token("worker")
        .request()
        .body(huge)
        .post("/api/customers")
        .then()
        .statusCode(413)
        .contentType(containsString(PROBLEM))
        .body("status", equalTo(413));
    assertEquals(0L, Db.count(shop.id, "select count(*) from customers"));
  }

  @Test
  void unknownRouteAndBadIdAreNotFoundProblems() {
    var viewer = Workshop.create().token("viewer");
    viewer
        .request()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(containsString(PROBLEM));
    viewer
        .request()
        .get("/api/orders/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType(containsString(PROBLEM));
  }

  @Test
  void wrongContentTypeIsUnsupported() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .contentType("application/xml")
        .body("<customer/>")
        .post("/api/customers")
        .then()
        .statusCode(415)
        .contentType(containsString(PROBLEM));
  }

  @Test
  void duplicateSkuIsAConflict() {
    Workshop shop = Workshop.create();
    shop.product("DUP", "1");
    shop.token("worker")
        .request()
        .body(Map.of("sku", "DUP", "name", "N", "unitPrice", 1, "currency", "EUR"))
        .post("/api/products")
        .then()
        .statusCode(409)
        .contentType(containsString(PROBLEM));
    assertEquals(1L, Db.count(shop.id, "select count(*) from products"));
  }

  @Test
  void emptyBodyOnCreateIsABadRequest() {
    Workshop.create()
        .token("worker")
        .request()
        .post("/api/customers")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM));
  }

  @Test
  void jsonNullBodyOnCreateIsABadRequest() {
    Workshop.create()
        .token("worker")
        .request()
        .body("null")
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM));
  }

  @Test
  void anOrderTotalBeyondWhatTheDatabaseHoldsIsABadRequestNotAServerError() {
    Workshop shop = Workshop.create();
    String pricey = shop.product("GOLD", "99999999999999");
    shop.token("worker")
        .request()
        .body(Map.of("lines", List.of(Map.of("productId", pricey, "quantity", 1000000))))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors[0].field", equalTo("lines"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from orders"));
  }
}
