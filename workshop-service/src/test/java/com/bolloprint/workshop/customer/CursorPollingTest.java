package com.bolloprint.workshop.customer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CursorPollingTest {

  private static JsonPath page(Workshop.Caller caller, String cursor, int limit) {
    var request = caller.request().queryParam("limit", limit);
    if (cursor != null) {
      request = request.queryParam("cursor", cursor);
    }
    return request.get("/api/customers").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void pagesFollowCommitOrderAndEndWithAnEmptyPage() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      created.add(Workshop.customer(worker, "Customer " + i));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      JsonPath page = page(worker, cursor, 5);
      List<String> ids = page.getList("items.id");
      sizes.add(ids.size());
      seen.addAll(ids);
      if (page.getString("nextCursor") == null) {
        break;
      }
      cursor = page.getString("nextCursor");
    }
    assertEquals(List.of(5, 5, 2, 0), sizes);
    assertEquals(created, seen);
  }

  @Test
  void aChangedItemComesAgainAfterTheLastCursorWithItsNewState() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String first = Workshop.customer(worker, "Before");
    Workshop.customer(worker, "Other");
    String cursor = page(worker, null, 100).getString("nextCursor");

    page(worker, cursor, 100).getList("items"); // nothing new yet
    assertEquals(0, page(worker, cursor, 100).getList("items").size());
    worker
        .request()
        .body(Map.of("name", "After"))
        .patch("/api/customers/" + first)
        .then()
        .statusCode(200);

    JsonPath next = page(worker, cursor, 100);
    assertEquals(List.of(first), next.getList("items.id"));
    assertEquals("After", next.getString("items[0].name"));
  }

  @Test
  void updatedSinceKeepsOnlyLaterChanges() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    Workshop.customer(worker, "Old");
    String since =
        worker
            .request()
            .body(Map.of("name", "New"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("updatedAt");
    worker
        .request()
        .queryParam("updatedSince", since)
        .get("/api/customers")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].name", equalTo("New"))
        .body("nextCursor", notNullValue());
  }

  @Test
  void listParametersAreValidated() {
    var worker = Workshop.create().token("viewer");
    worker
        .request()
        .queryParam("limit", 101)
        .get("/api/customers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    worker.request().queryParam("limit", "ten").get("/api/orders").then().statusCode(400);
    worker
        .request()
        .queryParam("cursor", "forged")
        .get("/api/products")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    worker
        .request()
        .queryParam("updatedSince", "yesterday")
        .get("/api/inventory")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("updatedSince"));
    worker.request().get("/api/customers").then().statusCode(200).body("nextCursor", nullValue());
  }

  @Test
  void pollingDuringConcurrentWritesNeverSkipsNorRepeats() throws Exception {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    int writers = 4;
    int perWriter = 30;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<String> created = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perWriter; i++) {
                  created.add(Workshop.customer(worker, "w" + writer + "-" + i));
                }
              }));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      boolean writing = futures.stream().anyMatch(f -> !f.isDone());
      JsonPath page = page(worker, cursor, 7);
      seen.addAll(page.getList("items.id"));
      if (page.getString("nextCursor") != null) {
        cursor = page.getString("nextCursor");
      } else if (!writing) {
        break;
      }
    }
    for (Future<?> future : futures) {
      future.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    Set<String> distinct = new LinkedHashSet<>(seen);
    assertEquals(seen.size(), distinct.size(), "an item was repeated");
    assertEquals(writers * perWriter, created.size());
    assertTrue(distinct.containsAll(created), "an item was skipped");
    assertEquals((long) writers * perWriter, Db.count(shop.id, "select count(*) from customers"));
  }
}
