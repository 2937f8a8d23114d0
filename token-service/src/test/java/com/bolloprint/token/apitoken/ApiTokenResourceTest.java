package com.bolloprint.token.apitoken;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.common.Secrets;
import com.bolloprint.token.support.Db;
import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenResourceTest {

  @Test
  void anOwnerCreatesATokenAndTheKeyIsShownOnlyOnce() throws Exception {
    Fixture shop = Workshops.create();
    Response created = shop.createToken("  Make — web orders  ", "worker", "3m");
    created
        .then()
        .statusCode(201)
        .body("name", equalTo("Make — web orders"))
        .body("role", equalTo("worker"))
        .body("status", equalTo("active"))
        .body("createdBy.id", equalTo(shop.ownerId().toString()))
        .body("createdBy.name", equalTo("Olga Owner"))
        .body("lastUsedAt", nullValue())
        .body("token", startsWith("bp_tat_"))
        .body("history[0].action", equalTo("created"));
    String key = created.path("token");
    String id = created.path("id");
    assertTrue(TokenKey.isWellFormed(key));
    assertEquals(key.substring(0, 11) + "…", created.path("hint"));
    OffsetDateTime createdAt = OffsetDateTime.parse(created.path("createdAt"));
    OffsetDateTime expiresAt = OffsetDateTime.parse(created.path("expiresAt"));
    assertEquals(createdAt.plusMonths(3).toInstant(), expiresAt.toInstant());

    Map<String, Object> row = Db.row("select * from api_token where id = ?::uuid", id);
    assertEquals(Secrets.sha256Hex(key), row.get("secret_hash"));
    assertFalse(row.values().stream().anyMatch(v -> v != null && v.toString().contains(key)));

    String list = given().auth().oauth2(shop.ownerJwt()).get("/api/tokens").asString();
    String one = given().auth().oauth2(shop.ownerJwt()).get("/api/tokens/" + id).asString();
    String history = given().auth().oauth2(shop.ownerJwt()).get("/api/tokens/" + id).asString();
    for (String answer : List.of(list, one, history)) {
      assertTrue(answer.contains(id), answer);
      assertFalse(answer.contains(key), "a later answer repeated the key");
      assertFalse(answer.contains("\"token\""), answer);
    }
    Path log = Path.of("target/token-service-test.log");
    assertTrue(Files.exists(log));
    assertFalse(Files.readString(log).contains(key), "the key reached the log");
    assertFalse(Files.readString(log).contains(key.substring(7)), "the key reached the log");
  }

  @Test
  void theListShowsStatusHintCreatorAndExpiryButNoKey() {
    Fixture shop = Workshops.create();
    shop.createToken("Zapier", "viewer", "never").then().statusCode(201);
    shop.createToken("Script", "admin", "1w").then().statusCode(201);
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].name", equalTo("Script"))
        .body("items[1].name", equalTo("Zapier"))
        .body("items[1].expiresAt", nullValue())
        .body("items[0].hint", startsWith("bp_tat_"))
        .body("items[0].createdBy.name", equalTo("Olga Owner"))
        .body("items.token", not(hasItem(notNullValue())))
        .body("nextCursor", nullValue());
  }

  @Test
  void theListIsPaginatedWithAnOpaqueCursor() {
    Fixture shop = Workshops.create();
    for (int i = 0; i < 3; i++) {
      shop.createToken("Token " + i, "viewer", "1w").then().statusCode(201);
    }
    Response first =
        given().auth().oauth2(shop.ownerJwt()).queryParam("limit", 2).get("/api/tokens");
    first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .queryParam("limit", 2)
        .queryParam("cursor", first.<String>path("nextCursor"))
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].name", equalTo("Token 0"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .queryParam("cursor", "not-a-cursor")
        .get("/api/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cursor"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .queryParam("limit", 101)
        .get("/api/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void namesAreUniqueAmongTokensThatAreNotDeleted() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Make", "worker", "1w").path("id");
    shop.createToken(" make ", "viewer", "1w")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("already exists"));
    assertEquals(
        1L, Db.value("select count(*) from api_token where workshop_id = ?", shop.workshopId()));

    deactivate(shop, id).then().statusCode(200);
    given().auth().oauth2(shop.ownerJwt()).delete("/api/tokens/" + id).then().statusCode(204);
    shop.createToken("Make", "worker", "1w").then().statusCode(201);
    Workshops.create().createToken("Make", "worker", "1w").then().statusCode(201);
  }

  @Test
  void badInputIsA400NamingTheFieldAndTheAllowedValues() {
    Fixture shop = Workshops.create();
    shop.createToken("X", "superuser", "1w")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("role"))
        .body("errors[0].message", containsString("admin, worker, viewer"));
    shop.createToken("X", "worker", "2w")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresIn"))
        .body("errors[0].message", containsString("1w, 1m, 3m, 1y, never"));
    shop.createToken("   ", "worker", "1w")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    shop.createToken("x".repeat(101), "worker", "1w")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"))
        .body("errors[0].message", containsString("100"));
    shop.createToken("x".repeat(100), "worker", "1w").then().statusCode(201);
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.JSON)
        .body("{\"name\": \"Broken\", ")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.JSON)
        .body("{\"name\": \"A\", \"role\": \"worker\", \"expiresIn\": \"1w\", \"owner\": true}")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("owner"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.TEXT)
        .body("name=A")
        .post("/api/tokens")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.JSON)
        .body("[1, 2]")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(
        1L, Db.value("select count(*) from api_token where workshop_id = ?", shop.workshopId()));
  }

  @Test
  void deletingAnActiveTokenIsRefusedAndChangesNothing() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Active", "worker", "1y").path("id");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .delete("/api/tokens/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("deactivate it first"));
    Map<String, Object> row =
        Db.row("select deleted_at, deactivated_at from api_token where id = ?::uuid", id);
    assertNull(row.get("deleted_at"));
    assertNull(row.get("deactivated_at"));
    assertEquals(
        1L, Db.value("select count(*) from api_token_history where token_id = ?::uuid", id));
  }

  @Test
  void deactivatingIsIdempotentAndKeepsTheTokenListed() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Zapier", "worker", "1m").path("id");
    deactivate(shop, id).then().statusCode(200).body("status", equalTo("deactivated"));
    deactivate(shop, id).then().statusCode(200).body("status", equalTo("deactivated"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens")
        .then()
        .body("items[0].id", equalTo(id))
        .body("items[0].status", equalTo("deactivated"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens/" + id)
        .then()
        .body("history.action", equalTo(List.of("deactivated", "created")))
        .body("history[0].actor.id", equalTo(shop.ownerId().toString()));
    assertEquals(
        1L,
        Db.value(
            "select count(*) from revocation_event where sub = ? and type = 'token.deactivated'",
            "token:" + id));
  }

  @Test
  void aDeactivatedTokenCanBeDeletedAndItsHistoryRemains() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Old", "viewer", "1w").path("id");
    deactivate(shop, id).then().statusCode(200);
    given().auth().oauth2(shop.ownerJwt()).delete("/api/tokens/" + id).then().statusCode(204);

    given().auth().oauth2(shop.ownerJwt()).get("/api/tokens/" + id).then().statusCode(404);
    given().auth().oauth2(shop.ownerJwt()).get("/api/tokens").then().body("items", hasSize(0));
    given().auth().oauth2(shop.ownerJwt()).delete("/api/tokens/" + id).then().statusCode(404);
    assertNotNull(Db.value("select deleted_at from api_token where id = ?::uuid", id));
    assertEquals(
        List.of("created", "deactivated", "deleted"),
        Db.rows("select action from api_token_history where token_id = ?::uuid order by id", id)
            .stream()
            .map(r -> r.get("action"))
            .toList());
  }

  @Test
  void anExpiredTokenShowsAsExpiredAndCanBeDeleted() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Expiring", "worker", "1w").path("id");
    Db.update(
        "update api_token set expires_at = now() - interval '1 second' where id = ?::uuid", id);
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens/" + id)
        .then()
        .body("status", equalTo("expired"));
    given().auth().oauth2(shop.ownerJwt()).delete("/api/tokens/" + id).then().statusCode(204);
    assertNotNull(Db.value("select deleted_at from api_token where id = ?::uuid", id));
  }

  @Test
  void workersReadOnlyMembersAndApiTokensCannotManageTokens() {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Make", "worker", "1w").path("id");
    UUID worker = shop.addMember("worker");
    UUID readonly = shop.addMember("readonly");
    List<String> refused =
        List.of(
            shop.jwt(worker, "worker"),
            shop.jwt(readonly, "readonly"),
            shop.tokenJwt("admin"),
            shop.tokenJwt("worker"));
    for (String jwt : refused) {
      given()
          .auth()
          .oauth2(jwt)
          .get("/api/tokens")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given().auth().oauth2(jwt).get("/api/tokens/" + id).then().statusCode(403);
      given()
          .auth()
          .oauth2(jwt)
          .contentType(ContentType.JSON)
          .body(Map.of("name", "Escalate", "role", "admin", "expiresIn", "never"))
          .post("/api/tokens")
          .then()
          .statusCode(403);
      given().auth().oauth2(jwt).post("/api/tokens/" + id + "/deactivate").then().statusCode(403);
      given().auth().oauth2(jwt).delete("/api/tokens/" + id).then().statusCode(403);
      given().auth().oauth2(jwt).get("/api/members").then().statusCode(403);
    }
    assertEquals(
        1L, Db.value("select count(*) from api_token where workshop_id = ?", shop.workshopId()));
    assertNull(Db.value("select deactivated_at from api_token where id = ?::uuid", id));

    UUID admin = shop.addMember("admin");
    given().auth().oauth2(shop.jwt(admin, "admin")).get("/api/tokens").then().statusCode(200);
  }

  @Test
  void anotherWorkshopsTokenIsNotFound() {
    Fixture mine = Workshops.create();
    Fixture theirs = Workshops.create();
    String id = theirs.createToken("Theirs", "worker", "1w").path("id");
    given()
        .auth()
        .oauth2(mine.ownerJwt())
        .get("/api/tokens/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(mine.ownerJwt())
        .post("/api/tokens/" + id + "/deactivate")
        .then()
        .statusCode(404);
    given().auth().oauth2(mine.ownerJwt()).delete("/api/tokens/" + id).then().statusCode(404);
    given().auth().oauth2(mine.ownerJwt()).get("/api/tokens").then().body("items", hasSize(0));
    Map<String, Object> row =
        Db.row("select deactivated_at, deleted_at from api_token where id = ?::uuid", id);
    assertNull(row.get("deactivated_at"));
    assertNull(row.get("deleted_at"));
  }

  @Test
  void concurrentDeactivateAndDeleteStayConsistent() throws Exception {
    Fixture shop = Workshops.create();
    for (int round = 0; round < 8; round++) {
      String id = shop.createToken("Race " + round, "worker", "1w").path("id");
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      var deactivated = pool.submit(() -> deactivate(shop, id).statusCode());
      var deleted =
          pool.submit(
              () ->
                  given().auth().oauth2(shop.ownerJwt()).delete("/api/tokens/" + id).statusCode());
      int deactivateStatus = deactivated.get();
      int deleteStatus = deleted.get();
      pool.shutdown();
      Map<String, Object> row =
          Db.row("select deactivated_at, deleted_at from api_token where id = ?::uuid", id);
      List<Object> actions =
          Db.rows("select action from api_token_history where token_id = ?::uuid order by id", id)
              .stream()
              .map(r -> r.get("action"))
              .toList();
      assertEquals(200, deactivateStatus);
      assertNotNull(row.get("deactivated_at"));
      if (deleteStatus == 204) {
        assertNotNull(row.get("deleted_at"));
        assertEquals(List.of("created", "deactivated", "deleted"), actions);
      } else {
        assertEquals(409, deleteStatus);
        assertNull(row.get("deleted_at"));
        assertEquals(List.of("created", "deactivated"), actions);
      }
    }
  }

  @Test
  void managementNeedsAValidInternalJwt() {
    given()
        .get("/api/tokens")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("invalid_token"));
    given()
        .auth()
        .oauth2("not-a-jwt")
        .get("/api/tokens")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static Response deactivate(Fixture shop, String id) {
    return given().auth().oauth2(shop.ownerJwt()).post("/api/tokens/" + id + "/deactivate");
  }
}
