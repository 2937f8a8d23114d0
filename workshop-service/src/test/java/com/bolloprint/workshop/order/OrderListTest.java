package com.bolloprint.workshop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.workshop.support.Workshop;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The order list returns exactly what single reads return, page by page and filtered. */
@QuarkusTest
class OrderListTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void listedOrdersAreByteForByteTheSingleReadsInCommitOrder() {
    Workshop shop = Workshop.create();
    Workshop other = Workshop.create();
    var worker = shop.token("worker");
    String a = shop.product("A", "39.90");
    String b = shop.product("B", "1.2345");
    String customer = shop.customer("Ada");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Map<String, Object> body = new HashMap<>();
      body.put(
          "lines",
          i % 2 == 0
              ? List.of(Map.of("productId", a, "quantity", i + 1))
              : List.of(
                  Map.of("productId", b, "quantity", 3), Map.of("productId", a, "quantity", 1)));
      if (i == 1) {
        body.put("externalRef", "ref-1");
        body.put("customerId", customer);
        body.put("dueDate", "2027-01-31");
        body.put("notes", "rush");
      }
      ids.add(
          worker
              .request()
              .body(body)
              .post("/api/orders")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    other
        .token("worker")
        .request()
        .body(Map.of("lines", List.of(Map.of("productId", other.product("X", "1"), "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(201);
    // the first order moves to the end, the third drops out
    worker
        .request()
        .body(Map.of("status", "confirmed"))
        .patch("/api/orders/" + ids.get(0))
        .then()
        .statusCode(200);
    worker.request().delete("/api/orders/" + ids.get(2)).then().statusCode(204);
    List<String> expected = List.of(ids.get(1), ids.get(3), ids.get(4), ids.get(0));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 3; page++) {
      String at = cursor;
      JsonNode body =
          list(
              worker,
              r ->
                  at == null
                      ? r.queryParam("limit", 2)
                      : r.queryParam("limit", 2).queryParam("cursor", at));
      for (JsonNode item : body.get("items")) {
        String id = item.get("id").asText();
        seen.add(id);
        String single =
            worker.request().get("/api/orders/" + id).then().statusCode(200).extract().asString();
        assertEquals(json(single).toString(), item.toString());
      }
      if (page == 0) {
        assertTrue(body.get("hasMore").asBoolean());
      }
      if (page == 1) {
        assertFalse(body.get("hasMore").asBoolean());
      }
      if (page == 2) {
        assertEquals(0, body.get("items").size());
        assertTrue(body.get("nextCursor").isNull());
        assertFalse(body.get("hasMore").asBoolean());
      } else {
        cursor = body.get("nextCursor").asText();
      }
    }
    assertEquals(expected, seen);

    assertEquals(
        List.of(ids.get(0)), idsOf(list(worker, r -> r.queryParam("status", "confirmed"))));
    assertEquals(
        List.of(ids.get(1)), idsOf(list(worker, r -> r.queryParam("externalRef", "ref-1"))));
    assertEquals(
        expected, idsOf(list(worker, r -> r.queryParam("updatedSince", "2000-01-01T00:00:00Z"))));
    JsonNode future = list(worker, r -> r.queryParam("updatedSince", "2999-01-01T00:00:00Z"));
    assertEquals(0, future.get("items").size());
    assertTrue(future.get("nextCursor").isNull());
    assertEquals(
        List.of(ids.get(4), ids.get(0)),
        idsOf(
            list(
                worker,
                r ->
                    r.queryParam("updatedSince", "2000-01-01T00:00:00Z")
                        .queryParam("cursor", cursorAfter(worker, ids.get(3))))));
  }

  private static String cursorAfter(Workshop.Caller caller, String id) {
    String cursor = null;
    while (true) {
      String at = cursor;
      JsonNode body =
          list(
              caller,
              r ->
                  at == null
                      ? r.queryParam("limit", 1)
                      : r.queryParam("limit", 1).queryParam("cursor", at));
      cursor = body.get("nextCursor").asText();
      if (body.get("items").get(0).get("id").asText().equals(id)) {
        return cursor;
      }
    }
  }

  private static JsonNode list(Workshop.Caller caller, UnaryOperator<RequestSpecification> query) {
    return json(
        query
            .apply(caller.request())
            .get("/api/orders")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
