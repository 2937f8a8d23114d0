package com.bolloprint.workshop.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditRows() throws SQLException {
    Workshop shop = Workshop.create();
    shop.customer("Audited");
    assertEquals(1L, Db.count(shop.id, "select count(*) from audit_log"));

    try (Connection connection = Db.connect()) {
      Db.bind(connection, shop.id);
      try (Statement statement = connection.createStatement()) {
        SQLException update =
            assertThrows(
                SQLException.class,
                () -> statement.executeUpdate("update audit_log set actor_name = 'someone else'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_log"));
        assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_log"));
      }
    }
    assertEquals(
        "Ada Admin", Db.rows(shop.id, "select actor_name from audit_log").get(0).get("actor_name"));
  }

  @Test
  void everythingOneTokenDidIsListedNewestFirst() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker", "Make — web orders");
    var other = shop.token("worker", "Other integration");
    String first =
        token
            .request()
            .body(Map.of("name", "One"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        token
            .request()
            .body(Map.of("name", "Two"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    other.request().body(Map.of("name", "Not mine")).post("/api/customers").then().statusCode(201);
    token
        .request()
        .body(Map.of("email", "one@example.com"))
        .patch("/api/customers/" + first)
        .then()
        .statusCode(200);

    shop.admin()
        .request()
        .queryParam("actor", token.subject())
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("items[0].objectId", equalTo(first))
        .body("items[0].action", equalTo("updated"))
        .body("items[0].changes.email.from", nullValue())
        .body("items[0].changes.email.to", equalTo("one@example.com"))
        .body("items[1].objectId", equalTo(second))
        .body("items[2].objectId", equalTo(first))
        .body("items[2].objectType", equalTo("customer"))
        .body(
            "items.actor.display",
            org.hamcrest.Matchers.everyItem(equalTo("API — Make — web orders")));

    // another workshop sees none of it
    Workshop.create()
        .admin()
        .request()
        .queryParam("actor", token.subject())
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void historyIsPaginatedNewestFirst() {
    Workshop shop = Workshop.create();
    var worker = shop.token("worker");
    String id = shop.customer("Paged");
    for (int i = 0; i < 4; i++) {
      worker
          .request()
          .body(Map.of("notes", "note " + i))
          .patch("/api/customers/" + id)
          .then()
          .statusCode(200);
    }
    String cursor =
        worker
            .request()
            .queryParam("limit", 3)
            .get("/api/customers/" + id + "/history")
            .then()
            .statusCode(200)
            .body("items", hasSize(3))
            .body("items[0].changes.notes.to", equalTo("note 3"))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    worker
        .request()
        .queryParam("limit", 3)
        .queryParam("cursor", cursor)
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[1].action", equalTo("created"))
        .body("nextCursor", nullValue());
  }

  @Test
  void actorFilterMustNameATokenOrAUser() {
    Workshop.create()
        .admin()
        .request()
        .queryParam("actor", "everyone")
        .get("/api/audit")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("actor"));
  }

  @Test
  void historySurvivesTheObjectsDeletionAndKeepsTheTokenNameAsItWas() {
    Workshop shop = Workshop.create();
    UUID tokenId = UUID.randomUUID();
    var before = new Workshop.Caller(shop, "worker", "api_token", tokenId, "Old name");
    var after = new Workshop.Caller(shop, "worker", "api_token", tokenId, "New name");
    String id =
        before
            .request()
            .body(Map.of("name", "Temp"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    after.request().delete("/api/customers/" + id).then().statusCode(204);
    after
        .request()
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("deleted"))
        .body("items[0].actor.display", equalTo("API — New name"))
        .body("items[1].actor.display", equalTo("API — Old name"));
  }
}
