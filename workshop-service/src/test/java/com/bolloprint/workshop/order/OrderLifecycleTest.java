package com.bolloprint.workshop.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderLifecycleTest {

  /** Creates an order of one product line (expecting 201) and returns its id. */
  private static String createOrder(Workshop.Caller caller, String productId, int quantity) {
    return caller
        .request()
        .body(order(productId, quantity))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** PATCHes an order's status. */
  private static Response patchStatus(Workshop.Caller caller, String id, String status) {
    return caller.request().body(Map.of("status", status)).patch("/api/orders/" + id);
  }

  private static Map<String, Object> order(String productId, int quantity) {
    return Map.of("lines", List.of(Map.of("productId", productId, "quantity", quantity)));
  }

  @Test
  void ordersAreNumberedSequentiallyPerWorkshopAndPricedFromTheCatalog() {
    Workshop shop = Workshop.create();
    String flyers = shop.product("FLY-A5", "39.90");
    var worker = shop.token("worker");

    String first =
        worker
            .request()
            .body(order(flyers, 2))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .body("number", equalTo(1))
            .body("status", equalTo("draft"))
            .body("currency", equalTo("EUR"))
            .body("total", equalTo(79.80f))
            .body("lines[0].sku", equalTo("FLY-A5"))
            .body("lines[0].lineTotal", equalTo(79.80f))
            .extract()
            .path("id");
    worker
        .request()
        .body(order(flyers, 1))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("number", equalTo(2));
    // another workshop starts at 1 again
    Workshop other = Workshop.create();
    other
        .token("worker")
        .request()
        .body(order(other.product("X", "1"), 1))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("number", equalTo(1));

    var rows =
        Db.rows(
            shop.id,
            "select number, status, total from orders where id = ?",
            UUID.fromString(first));
    assertEquals(1L, rows.get(0).get("number"));
    assertEquals(0, new BigDecimal("79.80").compareTo((BigDecimal) rows.get(0).get("total")));
    assertEquals(
        1L,
        Db.count(
            shop.id,
            "select count(*) from order_lines where order_id = ?",
            UUID.fromString(first)));
    assertEquals(2L, Db.count(shop.id, "select count(*) from order_lines"));
  }

  @Test
  void orderCreatedByAnApiTokenShowsTheRobotInItsHistory() {
    Workshop shop = Workshop.create();
    String product = shop.product("BC-100", "12.50");
    var token = shop.token("worker", "Make — web orders");
    String id =
        token
            .request()
            .body(
                Map.of(
                    "externalRef",
                    "shopify:1001",
                    "lines",
                    List.of(Map.of("productId", product, "quantity", 4))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    patchStatus(token, id, "confirmed").then().statusCode(200).body("status", equalTo("confirmed"));

    shop.person("viewer", "Vera Viewer")
        .request()
        .get("/api/orders/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].action", equalTo("status_changed"))
        .body("items[0].changes.status.from", equalTo("draft"))
        .body("items[0].changes.status.to", equalTo("confirmed"))
        .body("items[0].changes.size()", equalTo(1))
        .body("items[0].actor.type", equalTo("api_token"))
        .body("items[0].actor.id", equalTo(token.actorId().toString()))
        .body("items[0].actor.name", equalTo("Make — web orders"))
        .body("items[0].actor.display", equalTo("API — Make — web orders"))
        .body("items[0].actor.icon", equalTo("robot"))
        .body("items[1].action", equalTo("created"))
        .body("items[1].changes.number.to", equalTo(1))
        .body("items[1].changes.status.to", equalTo("draft"))
        .body("items[1].changes.total.to", equalTo(50.00f))
        .body("items[1].changes.externalRef.to", equalTo("shopify:1001"))
        .body("items[1].changes.status.from", nullValue())
        .body("nextCursor", nullValue());

    var audit =
        Db.rows(
            shop.id,
            "select action, actor_type, actor_id, actor_name from audit_log where object_id = ? order by id",
            UUID.fromString(id));
    assertEquals(2, audit.size());
    assertEquals("created", audit.get(0).get("action"));
    assertEquals("api_token", audit.get(0).get("actor_type"));
    assertEquals(token.subject(), audit.get(0).get("actor_id"));
    assertEquals("Make — web orders", audit.get(1).get("actor_name"));
  }

  @Test
  void personsChangeShowsTheirNameWithTheUserIcon() {
    Workshop shop = Workshop.create();
    var ada = shop.person("owner", "Ada Lovelace");
    String id = createOrder(ada, shop.product("P", "1"), 1);
    ada.request()
        .get("/api/orders/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].actor.display", equalTo("Ada Lovelace"))
        .body("items[0].actor.icon", equalTo("user"))
        .body("items[0].actor.type", equalTo("user"));
  }

  @Test
  void invalidTransitionIsAConflictNamingCurrentAndRequestedStatus() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String id = createOrder(worker, shop.product("P", "1"), 1);

    patchStatus(worker, id, "shipped")
        .then()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("'draft'"))
        .body("detail", containsString("'shipped'"));
    assertEquals(
        "draft",
        Db.rows(shop.id, "select status from orders where id = ?", UUID.fromString(id))
            .get(0)
            .get("status"));
    assertEquals(
        1L,
        Db.count(
            shop.id, "select count(*) from audit_log where object_id = ?", UUID.fromString(id)));
  }

  @Test
  void orderWalksTheWholeLifecycleAndCannotBeCancelledOnceShipped() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String id = createOrder(worker, shop.product("P", "1"), 1);
    for (String status : List.of("confirmed", "in_production", "ready", "shipped")) {
      patchStatus(worker, id, status).then().statusCode(200).body("status", equalTo(status));
    }
    patchStatus(worker, id, "cancelled")
        .then()
        .statusCode(409)
        .body("detail", containsString("'shipped' and cannot become 'cancelled'"));
    patchStatus(worker, id, "delivered").then().statusCode(200);
    assertEquals(
        6L,
        Db.count(
            shop.id, "select count(*) from audit_log where object_id = ?", UUID.fromString(id)));
  }

  @Test
  void cancellingBeforeShippingIsAllowedAndUnknownStatusIsABadRequest() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String id = createOrder(worker, shop.product("P", "1"), 1);
    patchStatus(worker, id, "lost")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    patchStatus(worker, id, "cancelled")
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));
  }

  @Test
  void productOfAnotherWorkshopCannotBeOrdered() {
    Workshop shop = Workshop.create();
    Workshop other = Workshop.create();
    String foreign = other.product("SECRET", "99");
    shop.token("worker")
        .request()
        .body(order(foreign, 1))
        .post("/api/orders")
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("lines[0].productId"));
    assertEquals(
        0L, Db.count(shop.id, "select count(*) from orders where workshop_id = ?", shop.id));
  }

  @Test
  void anotherWorkshopsOrderIsNotFoundForReadsAndWrites() {
    Workshop shop = Workshop.create();
    Workshop intruder = Workshop.create();
    String id = createOrder(shop.token("worker"), shop.product("P", "1"), 1);
    var admin = intruder.token("admin");

    admin
        .request()
        .get("/api/orders/" + id)
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
    patchStatus(admin, id, "confirmed").then().statusCode(404);
    admin.request().delete("/api/orders/" + id).then().statusCode(404);
    admin.request().get("/api/orders/" + id + "/history").then().statusCode(404);
    admin.request().get("/api/orders").then().statusCode(200).body("items", hasSize(0));

    var row =
        Db.rows(shop.id, "select status, deleted_at from orders where id = ?", UUID.fromString(id))
            .get(0);
    assertEquals("draft", row.get("status"));
    assertEquals(null, row.get("deleted_at"));
  }

  @Test
  void rowLevelSecurityHidesOtherWorkshopsRowsEvenWithoutAWhereClause() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .body(order(shop.product("P", "1"), 1))
        .post("/api/orders")
        .then()
        .statusCode(201);
    assertEquals(1L, Db.count(shop.id, "select count(*) from orders"));
    assertEquals(0L, Db.count(UUID.randomUUID(), "select count(*) from orders"));
    assertEquals(0L, Db.count(null, "select count(*) from orders"));
    assertEquals(0L, Db.count(UUID.randomUUID(), "select count(*) from audit_log"));
  }

  @Test
  void externalRefFindsTheOrderAndIsUniquePerWorkshop() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String product = shop.product("P", "1");
    String id =
        worker
            .request()
            .body(
                Map.of(
                    "externalRef",
                    "sale-77",
                    "lines",
                    List.of(Map.of("productId", product, "quantity", 1))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    worker.request().body(order(product, 3)).post("/api/orders").then().statusCode(201);

    worker
        .request()
        .queryParam("externalRef", "sale-77")
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id));
    worker
        .request()
        .body(
            Map.of(
                "externalRef",
                "sale-77",
                "lines",
                List.of(Map.of("productId", product, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(409)
        .body("detail", containsString(id));
    assertEquals(2L, Db.count(shop.id, "select count(*) from orders"));
  }

  @Test
  void onlyDraftOrCancelledOrdersCanBeDeleted() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String product = shop.product("P", "1");
    String draft = createOrder(worker, product, 1);
    String confirmed =
        worker
            .request()
            .body(
                Map.of(
                    "status",
                    "confirmed",
                    "lines",
                    List.of(Map.of("productId", product, "quantity", 1))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    worker.request().delete("/api/orders/" + confirmed).then().statusCode(409);
    worker.request().delete("/api/orders/" + draft).then().statusCode(204);
    worker.request().get("/api/orders/" + draft).then().statusCode(404);
    worker
        .request()
        .get("/api/orders/" + draft + "/history")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("deleted"))
        .body("items[0].changes.status.from", equalTo("draft"));
    assertEquals(1L, Db.count(shop.id, "select count(*) from orders where deleted_at is not null"));
  }
}
