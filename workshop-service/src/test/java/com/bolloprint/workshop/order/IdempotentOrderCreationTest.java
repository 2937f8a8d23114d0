package com.bolloprint.workshop.order;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentOrderCreationTest {

  /** POSTs an order with an Idempotency-Key. */
  private static Response postOrder(Workshop.Caller caller, String key, Object body) {
    return caller.request().header("Idempotency-Key", key).body(body).post("/api/orders");
  }

  private static Map<String, Object> order(String productId, int quantity) {
    return Map.of(
        "externalRef",
        "sale-" + quantity,
        "lines",
        List.of(Map.of("productId", productId, "quantity", quantity)));
  }

  @Test
  void retryWithTheSameKeyAndBodyReturnsTheFirstAnswerAndCreatesNothingNew() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");
    String product = shop.product("P", "5");

    Response first = postOrder(token, "sale-1", order(product, 3));
    Response retry = postOrder(token, "sale-1", order(product, 3));

    assertEquals(201, first.statusCode());
    assertEquals(201, retry.statusCode());
    assertEquals(first.asString(), retry.asString());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals(1L, Db.count(shop.id, "select count(*) from orders"));
    assertEquals(
        1L, Db.count(shop.id, "select count(*) from audit_log where object_type = 'order'"));
    var key =
        Db.rows(
            null,
            "select response_status from idempotency_keys where workshop_id = ? and idem_key = 'sale-1'",
            shop.id);
    assertEquals(201, key.get(0).get("response_status"));
  }

  @Test
  void sameKeyWithADifferentBodyIsUnprocessable() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");
    String product = shop.product("P", "5");
    postOrder(token, "k", order(product, 1)).then().statusCode(201);

    postOrder(token, "k", order(product, 2))
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("different request body"));
    assertEquals(1L, Db.count(shop.id, "select count(*) from orders"));
  }

  @Test
  void keysBelongToOneWorkshop() {
    Workshop one = Workshop.create();
    Workshop two = Workshop.create();
    postOrder(one.token("worker"), "shared", order(one.product("P", "1"), 1))
        .then()
        .statusCode(201);
    postOrder(two.token("worker"), "shared", order(two.product("P", "1"), 1))
        .then()
        .statusCode(201);
    assertEquals(1L, Db.count(one.id, "select count(*) from orders"));
    assertEquals(1L, Db.count(two.id, "select count(*) from orders"));
  }

  @Test
  void concurrentDuplicatesCreateExactlyOneOrder() throws Exception {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");
    String product = shop.product("P", "5");
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return postOrder(token, "burst", order(product, 7));
              }));
    }
    start.countDown();
    Set<String> bodies = new HashSet<>();
    for (Future<Response> future : futures) {
      Response response = future.get(30, TimeUnit.SECONDS);
      assertEquals(201, response.statusCode(), response.asString());
      bodies.add(response.asString());
    }
    pool.shutdown();

    assertEquals(1, bodies.size());
    assertEquals(1L, Db.count(shop.id, "select count(*) from orders"));
    assertEquals(1L, Db.count(shop.id, "select count(*) from order_lines"));
    assertEquals(
        1L, Db.count(shop.id, "select count(*) from audit_log where object_type = 'order'"));
  }

  @Test
  void withoutAKeyEveryPostCreates() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");
    String product = shop.product("P", "5");
    token
        .request()
        .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(201);
    token
        .request()
        .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(201);
    assertEquals(2L, Db.count(shop.id, "select count(*) from orders"));
  }

  @Test
  void oversizedKeyIsABadRequest() {
    Workshop shop = Workshop.create();
    postOrder(shop.token("worker"), "x".repeat(201), order(shop.product("P", "5"), 1))
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
  }

  @Test
  void concurrentOrdersGetDistinctGaplessNumbers() throws Exception {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");
    String product = shop.product("P", "5");
    int callers = 6;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  token
                      .request()
                      .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1))))
                      .post("/api/orders")
                      .then()
                      .statusCode(201);
                }
              }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    var numbers = Db.rows(shop.id, "select number from orders order by number");
    assertEquals(callers * each, numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1L, numbers.get(i).get("number"));
    }
  }
}
