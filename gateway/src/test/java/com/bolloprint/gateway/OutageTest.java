package com.bolloprint.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bolloprint.gateway.support.FakeServices;
import com.bolloprint.gateway.support.GatewayTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What clients see when a service is down or slow. token-service and workshop-service are the
 * in-process fakes of {@link FakeServices}, stopped and restarted by the tests (unit level).
 */
@QuarkusTest
class OutageTest {

  @BeforeEach
  void services() {
    GatewayTestSupport.ready();
  }

  @Test
  void tokenServiceDownCachedKeyKeepsWorkingUnknownKeyGets503() {
    String cached =
        FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Cached", null);
    String unknown = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "New", null);
    given().header("Authorization", "Bearer " + cached).get("/api/orders").then().statusCode(200);
    String unknownToTokenService = FakeServices.newApiToken();
    given()
        .header("Authorization", "Bearer " + unknownToTokenService)
        .get("/api/orders")
        .then()
        .statusCode(401);
    FakeServices.publish("token.deleted", "token:" + UUID.randomUUID(), null);
    GatewayTestSupport.sleep(100);

    FakeServices.stopTokenService();
    try {
      GatewayTestSupport.awaitStream(false);
      // past the stale bound (5 s in tests) every request tries token-service first
      GatewayTestSupport.sleep(5200);
      given().header("Authorization", "Bearer " + cached).get("/api/orders").then().statusCode(200);
      // a key token-service called inactive a moment ago is still a 401, not a 503
      given()
          .header("Authorization", "Bearer " + unknownToTokenService)
          .get("/api/orders")
          .then()
          .statusCode(401);
      given()
          .header("Authorization", "Bearer " + unknown)
          .get("/api/orders")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "5")
          .body("status", equalTo(503));
    } finally {
      FakeServices.startTokenService();
    }
    GatewayTestSupport.awaitStream(true);
    // it resumed the stream from the last event it had applied
    assertEquals(Long.toString(FakeServices.lastEventId()), FakeServices.lastEventIdSeen);
    given().header("Authorization", "Bearer " + unknown).get("/api/orders").then().statusCode(200);
  }

  @Test
  void workshopServiceDownIs502AndTheGatewayStaysHealthy() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Tracker", null);
    FakeServices.stopWorkshopService();
    try {
      given()
          .header("Authorization", "Bearer " + key)
          .get("/api/orders")
          .then()
          .statusCode(502)
          .contentType("application/problem+json")
          .body("status", equalTo(502));
      given().get("/q/health").then().statusCode(200);
    } finally {
      FakeServices.startWorkshopService();
    }
  }

  @Test
  void slowServiceIs504() {
    String key = FakeServices.activeToken("token:" + UUID.randomUUID(), "viewer", "Tracker", null);
    given()
        .header("Authorization", "Bearer " + key)
        .get("/api/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("status", equalTo(504));
  }
}
