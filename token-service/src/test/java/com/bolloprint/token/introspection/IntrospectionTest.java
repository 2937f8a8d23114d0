package com.bolloprint.token.introspection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.bolloprint.token.apitoken.TokenKey;
import com.bolloprint.token.support.Db;
import com.bolloprint.token.support.Introspect;
import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntrospectionTest {
  static final String INACTIVE = "{\"active\":false}";

  @Test
  void anActiveTokenIntrospectsToItsWorkshopRoleAndName() {
    Fixture shop = Workshops.create();
    Response created = shop.createToken("Make — web orders", "worker", "1w");
    String key = created.path("token");
    Introspect.call(key)
        .then()
        .statusCode(200)
        .body("active", equalTo(true))
        .body("token_type", equalTo("api_token"))
        .body("sub", equalTo("token:" + created.path("id")))
        .body("tenant", equalTo(shop.workshopId().toString()))
        .body("role", equalTo("worker"))
        .body("name", equalTo("Make — web orders"))
        .body("exp", equalTo((int) OffsetDateTime.parse(created.path("expiresAt")).toEpochSecond()))
        .body(
            "iat", equalTo((int) OffsetDateTime.parse(created.path("createdAt")).toEpochSecond()));
  }

  @Test
  void aNeverExpiringTokenHasNoExp() {
    Fixture shop = Workshops.create();
    String key = shop.createToken("Forever", "viewer", "never").path("token");
    Introspect.call(key).then().body("active", equalTo(true)).body("exp", equalTo(null));
  }

  @Test
  void inactiveCredentialsAnswerExactlyActiveFalseWhateverTheReason() {
    Fixture shop = Workshops.create();
    String deactivated = shop.createToken("Deactivated", "worker", "1w").path("token");
    String deactivatedId =
        Db.value(
                "select id from api_token where name = 'Deactivated' and workshop_id = ?",
                shop.workshopId())
            .toString();
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .post("/api/tokens/" + deactivatedId + "/deactivate")
        .then()
        .statusCode(200);

    Response deletedToken = shop.createToken("Deleted", "worker", "1w");
    String deleted = deletedToken.path("token");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .post("/api/tokens/" + deletedToken.path("id") + "/deactivate");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .delete("/api/tokens/" + deletedToken.path("id"))
        .then()
        .statusCode(204);

    Response expiredToken = shop.createToken("Expired", "worker", "1w");
    String expired = expiredToken.path("token");
    Db.update(
        "update api_token set expires_at = now() - interval '1 second' where id = ?::uuid",
        expiredToken.<String>path("id"));

    String unknown = TokenKey.generate();
    String badChecksum = expired.substring(0, 42) + (expired.charAt(42) == 'a' ? 'b' : 'a');
    for (String credential :
        new String[] {
          deactivated, deleted, expired, unknown, badChecksum, "hello", "", "bp_ses_short"
        }) {
      Introspect.call(credential).then().statusCode(200).body(equalTo(INACTIVE));
    }
    given()
        .auth()
        .preemptive()
        .basic("gateway", "dev-internal-secret")
        .contentType("application/x-www-form-urlencoded")
        .post("/internal/introspect")
        .then()
        .statusCode(200)
        .body(equalTo(INACTIVE));
  }

  @Test
  void onlyTheGatewayMayIntrospect() {
    Fixture shop = Workshops.create();
    String key = shop.createToken("Make", "worker", "1w").path("token");
    given()
        .formParam("token", key)
        .post("/internal/introspect")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .preemptive()
        .basic("gateway", "wrong")
        .formParam("token", key)
        .post("/internal/introspect")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .formParam("token", key)
        .post("/internal/introspect")
        .then()
        .statusCode(401);
  }

  @Test
  void useIsRecordedAsLastUsedAtWithoutDelayingTheAnswer() {
    Fixture shop = Workshops.create();
    Response created = shop.createToken("Used", "worker", "1w");
    String id = created.path("id");
    Introspect.call(created.path("token")).then().body("active", equalTo(true));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Db.value("select last_used_at from api_token where id = ?::uuid", id) != null);
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/tokens/" + id)
        .then()
        .body("lastUsedAt", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void theLastUsedTrackerWritesEachTokenOncePerFlush() {
    LastUsedTracker tracker = new LastUsedTracker(null);
    java.util.UUID id = java.util.UUID.randomUUID();
    java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
    tracker.tokenUsed(id, t0.plusSeconds(5));
    tracker.tokenUsed(id, t0);
    tracker.sessionUsed(id, t0.plusSeconds(9));
    assertEquals(t0.plusSeconds(9), tracker.sessionSeen(id, t0));
    assertEquals(t0.plusSeconds(10), tracker.sessionSeen(id, t0.plusSeconds(10)));
    assertNotNull(tracker);
  }
}
