package com.bolloprint.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.bolloprint.gateway.support.FakeServices;
import com.bolloprint.gateway.support.GatewayTestSupport;
import com.bolloprint.gateway.support.Jwts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing, JWT minting and header policy. The services behind the gateway are the in-process fakes
 * of {@link FakeServices} (unit level); the real services are covered by the end-to-end ITs.
 */
@QuarkusTest
class ProxyAndHeadersTest {

  @BeforeEach
  void services() {
    GatewayTestSupport.ready();
  }

  @Test
  void apiTokenIsExchangedForAnInternalJwtForWorkshopService() throws Exception {
    String sub = "token:" + UUID.randomUUID();
    String key = FakeServices.activeToken(sub, "worker", "Make — web orders", null);

    JsonPath echo =
        given()
            .header("Authorization", "Bearer " + key)
            .get("/api/orders?limit=5")
            .then()
            .statusCode(200)
            .body("service", equalTo("workshop-service"))
            .body("uri", equalTo("/api/orders?limit=5"))
            .extract()
            .jsonPath();

    String authorization = echo.getString("headers.authorization");
    String jwt = authorization.substring("Bearer ".length());
    JwtClaims claims = Jwts.verify(jwt, "workshop-service");
    assertEquals(sub, claims.getSubject());
    assertEquals(List.of("worker"), claims.getStringListClaimValue("groups"));
    assertEquals("api_token", claims.getStringClaimValue("actor_type"));
    assertEquals("Make — web orders", claims.getStringClaimValue("actor_name"));
    assertEquals(List.of("workshop-service"), claims.getAudience());
    long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
    assertEquals(60, lifetime);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(jwt);
    assertEquals("ES256", jws.getAlgorithmHeaderValue());
    assertEquals(
        given().get("/.well-known/jwks.json").jsonPath().getString("keys[0].kid"),
        jws.getKeyIdHeaderValue());
  }

  @Test
  void mintedJwtIsReusedPerCredentialAndAudience() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "admin", "Zapier", null);
    String first = authorizationSentTo("/api/orders", key);
    String second = authorizationSentTo("/api/customers", key);
    String tokens = authorizationSentTo("/api/tokens", key);
    assertEquals(first, second);
    assertNotEquals(first, tokens);
  }

  @Test
  void tokenAndMemberRoutesGoToTokenServiceWithItsAudience() throws Exception {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "admin", "CLI", null);
    for (String path : List.of("/api/tokens", "/api/tokens/abc", "/api/members", "/auth/me")) {
      String auth =
          given()
              .header("Authorization", "Bearer " + key)
              .get(path)
              .then()
              .statusCode(200)
              .body("service", equalTo("token-service"))
              .extract()
              .jsonPath()
              .getString("headers.authorization");
      Jwts.verify(auth.substring(7), "token-service");
    }
    given()
        .header("Authorization", "Bearer " + key)
        .get("/api/tokensmith")
        .then()
        .statusCode(200)
        .body("service", equalTo("workshop-service"));
  }

  @Test
  void spoofedInternalHeadersAreDroppedAndForwardingHeadersSet() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Tracker", null);
    given()
        .header("Authorization", "Bearer " + key)
        .header("X-Tenant-Id", "00000000-0000-0000-0000-000000000000")
        .header("X-Tenant", "evil")
        .header("X-Actor-Name", "Mallory")
        .header("X-Internal-Secret", "x")
        .header("X-Forwarded-For", "6.6.6.6")
        .header("Forwarded", "for=6.6.6.6")
        .header("Cookie", "bp_session=bp_ses_" + "x".repeat(40))
        .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        .get("/api/customers")
        .then()
        .statusCode(200)
        .header("X-Request-Id", notNullValue())
        .body("headers.x-tenant-id", nullValue())
        .body("headers.x-tenant", nullValue())
        .body("headers.x-actor-name", nullValue())
        .body("headers.x-internal-secret", nullValue())
        .body("headers.forwarded", nullValue())
        .body("headers.cookie", nullValue())
        .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
        .body("headers.x-forwarded-proto", equalTo("http"))
        .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"))
        .body(
            "headers.traceparent",
            equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
  }

  @Test
  void clientRequestIdIsKeptAndEchoed() {
    given()
        .header("X-Request-Id", "req-42")
        .contentType("application/json")
        .body("{\"workshop\":\"acme\"}")
        .post("/auth/login")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "req-42")
        .body("headers.x-request-id", equalTo("req-42"))
        .body("body", equalTo("{\"workshop\":\"acme\"}"));
  }

  @Test
  void publicAuthRoutesForwardCookiesWithoutCredentialCheck() {
    // a stale or garbage cookie must not block login or logout
    given()
        .cookie("bp_session", "garbage")
        .header("X-Requested-With", "fetch")
        .post("/auth/logout")
        .then()
        .statusCode(200)
        .body("service", equalTo("token-service"))
        .body("headers.cookie", equalTo("bp_session=garbage"))
        .body("headers.authorization", nullValue());
  }

  @Test
  void logoutByCookieNeedsRequestedWith() {
    given().cookie("bp_session", "x").post("/auth/logout").then().statusCode(403);
  }

  @Test
  void internalRoutesAreNeverReachable() {
    for (String path :
        List.of(
            "/internal/introspect",
            "/internal/events",
            "/internal",
            "/api/../internal/introspect",
            "/api/%2e%2e/internal/introspect",
            "/auth/%2E%2E/internal/events")) {
      given()
          .urlEncodingEnabled(false)
          .post(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }

  @Test
  void sessionCookieWorksAndStateChangesNeedRequestedWith() throws Exception {
    String sid = UUID.randomUUID().toString();
    String session = FakeServices.activeSession("user:" + UUID.randomUUID(), sid);
    String auth =
        given()
            .cookie("bp_session", session)
            .get("/api/orders")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("headers.authorization");
    JwtClaims claims = Jwts.verify(auth.substring(7), "workshop-service");
    assertEquals("user", claims.getStringClaimValue("actor_type"));
    assertEquals(sid, claims.getStringClaimValue("sid"));

    given()
        .cookie("bp_session", session)
        .contentType("application/json")
        .body("{}")
        .post("/api/orders")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    given()
        .cookie("bp_session", session)
        .header("X-Requested-With", "XMLHttpRequest")
        .contentType("application/json")
        .body("{}")
        .post("/api/orders")
        .then()
        .statusCode(200);
  }

  @Test
  void bearerTokenNeedsNoRequestedWith() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "worker", "Make", null);
    given()
        .header("Authorization", "Bearer " + key)
        .contentType("application/json")
        .body("{\"name\":\"x\"}")
        .post("/api/customers")
        .then()
        .statusCode(200)
        .body("body", equalTo("{\"name\":\"x\"}"));
  }

  @Test
  void missingCredentialIs401ProblemJson() {
    given()
        .get("/api/orders")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .body("status", equalTo(401))
        .body("title", equalTo("Unauthorized"));
  }

  @Test
  void jwksPublishesTheEcKeyWithKidAndNoPrivatePart() {
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("EC"))
        .body("keys[0].crv", equalTo("P-256"))
        .body("keys[0].alg", equalTo("ES256"))
        .body("keys[0].kid", notNullValue())
        .body("keys[0].d", nullValue());
  }

  @Test
  void unknownPathsAre404AndAdminIsReserved() {
    given().get("/nope").then().statusCode(404);
    given().get("/admin/").then().statusCode(200).body(containsString("BolloPrint admin"));
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200).body(not(containsString("bp_tat_")));
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("gateway_credentials_rejected_local_total"));
  }

  private static String authorizationSentTo(String path, String key) {
    return given()
        .header("Authorization", "Bearer " + key)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("headers.authorization");
  }
}
