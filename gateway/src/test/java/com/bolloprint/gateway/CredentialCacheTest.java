package com.bolloprint.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.gateway.support.FakeServices;
import com.bolloprint.gateway.support.GatewayTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Local format check, introspection cache, single flight, negative caching and revocation events,
 * against the in-process fake token-service of {@link FakeServices} (unit level: the fake lets the
 * test count introspection calls exactly and push events on demand).
 */
@QuarkusTest
class CredentialCacheTest {

  @BeforeEach
  void services() {
    GatewayTestSupport.ready();
  }

  @AfterEach
  void reset() {
    FakeServices.introspectDelayMs = 0;
  }

  @Test
  void malformedKeyIsRefusedLocallyWithoutCallingTokenService() {
    String key = FakeServices.newApiToken();
    String tampered =
        key.substring(0, 10) + (key.charAt(10) == 'a' ? 'b' : 'a') + key.substring(11);
    double before = rejectedLocally();
    for (String credential :
        List.of(tampered, "bp_tat_short", "ghp_" + key.substring(4), key + "x")) {
      given()
          .header("Authorization", "Bearer " + credential)
          .get("/api/orders")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      assertEquals(0, FakeServices.calls(credential));
    }
    given().header("Authorization", "Basic Zm9vOmJhcg==").get("/api/orders").then().statusCode(401);
    given().cookie("bp_session", "not-a-session").get("/api/orders").then().statusCode(401);
    assertEquals(before + 6, rejectedLocally());
  }

  @Test
  void repeatedRequestsIntrospectOnce() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Tracker", null);
    for (int i = 0; i < 5; i++) {
      given().header("Authorization", "Bearer " + key).get("/api/orders").then().statusCode(200);
    }
    assertEquals(1, FakeServices.calls(key));
  }

  @Test
  void concurrentMissesShareOneIntrospectionCall() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Burst", null);
    FakeServices.introspectDelayMs = 300;
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      responses.add(
          client.sendAsync(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + RestAssured.port + "/api/orders"))
                  .header("Authorization", "Bearer " + key)
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    responses.forEach(r -> assertEquals(200, r.join().statusCode()));
    assertEquals(1, FakeServices.calls(key));
  }

  @Test
  void unknownKeyIs401AndTheAnswerIsCachedBriefly() {
    String key = FakeServices.newApiToken();
    for (int i = 0; i < 3; i++) {
      given()
          .header("Authorization", "Bearer " + key)
          .get("/api/orders")
          .then()
          .statusCode(401)
          .body("status", equalTo(401));
    }
    assertEquals(1, FakeServices.calls(key));
  }

  @Test
  void entryNeverOutlivesTheTokensExpiry() {
    String key =
        FakeServices.activeToken(
            "token:" + UUID.randomUUID(), "viewer", "Short", Instant.now().plusSeconds(2));
    given().header("Authorization", "Bearer " + key).get("/api/orders").then().statusCode(200);
    GatewayTestSupport.sleep(2100);
    FakeServices.deactivate(key);
    given().header("Authorization", "Bearer " + key).get("/api/orders").then().statusCode(401);
    assertEquals(2, FakeServices.calls(key));
  }

  @Test
  void revocationEventEvictsTheTokenWithinASecond() {
    String sub = "token:" + UUID.randomUUID();
    String key = FakeServices.activeToken(sub, "worker", "Make", null);
    given().header("Authorization", "Bearer " + key).get("/api/orders").then().statusCode(200);

    FakeServices.deactivate(key);
    long start = System.nanoTime();
    FakeServices.publish("token.deactivated", sub, null);
    int status = 200;
    while (status == 200 && System.nanoTime() - start < 1_000_000_000L) {
      status = given().header("Authorization", "Bearer " + key).get("/api/orders").statusCode();
    }
    assertEquals(401, status);
    assertTrue(System.nanoTime() - start < 1_000_000_000L);
  }

  @Test
  void sessionEndedEvictsThatSessionOnly() {
    String user = "user:" + UUID.randomUUID();
    String sidA = UUID.randomUUID().toString();
    String a = FakeServices.activeSession(user, sidA);
    String b = FakeServices.activeSession(user, UUID.randomUUID().toString());
    given().cookie("bp_session", a).get("/api/orders").then().statusCode(200);
    given().cookie("bp_session", b).get("/api/orders").then().statusCode(200);

    FakeServices.deactivate(a);
    FakeServices.publish("session.ended", user, sidA);
    GatewayTestSupport.sleep(200);
    given().cookie("bp_session", a).get("/api/orders").then().statusCode(401);
    given().cookie("bp_session", b).get("/api/orders").then().statusCode(200);
    assertEquals(1, FakeServices.calls(b));
  }

  @Test
  void roleChangeEvictsSoTheNextJwtCarriesTheNewRole() {
    String sub = "user:" + UUID.randomUUID();
    String session = FakeServices.activeSession(sub, UUID.randomUUID().toString());
    given().cookie("bp_session", session).get("/api/orders").then().statusCode(200);
    FakeServices.publish("member.role_changed", sub, null);
    GatewayTestSupport.sleep(200);
    given().cookie("bp_session", session).get("/api/orders").then().statusCode(200);
    assertEquals(2, FakeServices.calls(session));
  }

  private static double rejectedLocally() {
    String metrics = given().get("/q/metrics").then().extract().asString();
    return metrics
        .lines()
        .filter(l -> l.startsWith("gateway_credentials_rejected_local_total"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }
}
