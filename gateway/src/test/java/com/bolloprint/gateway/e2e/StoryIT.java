package com.bolloprint.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story, end to end, through the gateway only: real packaged token-service,
 * workshop-service and gateway processes on a real PostgreSQL.
 */
@ExtendWith(E2eExtension.class)
class StoryIT {

  private static E2eCluster cluster;
  private static String gateway;

  @BeforeAll
  static void cluster() {
    cluster = E2eCluster.get();
    gateway = cluster.gateway1.url();
  }

  @Test
  void ownerCreatesAWorkerTokenThatWorksWithinItsRole() {
    Client owner = Client.signUpOwner(gateway).client();
    Client.Token worker = Client.createToken(owner, "Make — web orders", "worker", "1m");
    assertTrue(worker.key().startsWith("bp_tat_"));
    Client make = Client.anonymous(gateway).withKey(worker.key());

    String productId =
        make.post(
                "/api/products",
                Map.of("sku", "FLY-A5", "name", "A5 flyers", "unitPrice", 39.9, "currency", "EUR"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String customerId =
        make.post(
                "/api/customers",
                Map.of(
                    "name", "Café Lumière", "email", "cafe@example.com", "externalRef", "shop:1"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String orderId =
        make.request()
            .header("Idempotency-Key", "sale-" + UUID.randomUUID())
            .body(
                Map.of(
                    "customerId",
                    customerId,
                    "externalRef",
                    "sale-1",
                    "lines",
                    List.of(Map.of("productId", productId, "quantity", 2))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    make.get("/api/orders").then().statusCode(200);
    make.get("/api/inventory").then().statusCode(200);

    // refused: inventory writes and token management
    make.post(
            "/api/inventory",
            Map.of("sku", "VINYL", "name", "Vinyl", "unit", "m", "quantityOnHand", 10))
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    make.get("/api/tokens").then().statusCode(403);
    make.post("/api/tokens", Map.of("name", "escalate", "role", "admin", "expiresIn", "1w"))
        .then()
        .statusCode(403);

    // the order's history shows the robot
    JsonPath history =
        owner
            .get("/api/orders/" + orderId + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("API — Make — web orders", history.getString("items[0].actor.display"));
    assertEquals("robot", history.getString("items[0].actor.icon"));
    assertEquals("api_token", history.getString("items[0].actor.type"));
  }

  @Test
  void viewerTokenCannotWrite() {
    Client owner = Client.signUpOwner(gateway).client();
    Client.Token viewer = Client.createToken(owner, "Tracker", "viewer", "1w");
    Client tracker = Client.anonymous(gateway).withKey(viewer.key());
    tracker.get("/api/orders").then().statusCode(200);
    tracker.post("/api/customers", Map.of("name", "Nope")).then().statusCode(403);
  }

  @Test
  void deactivatedTokenIsRefusedWithinASecondStaysListedAndIsDeletableAfterwards() {
    Client owner = Client.signUpOwner(gateway).client();
    Client.Token token = Client.createToken(owner, "Zapier", "worker", "3m");
    Client zapier = Client.anonymous(gateway).withKey(token.key());
    String customerId =
        zapier
            .post("/api/customers", Map.of("name", "Kept in history"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // an active token cannot be deleted
    owner.delete("/api/tokens/" + token.id()).then().statusCode(409);

    owner.post("/api/tokens/" + token.id() + "/deactivate", Map.of()).then().statusCode(200);
    long start = System.nanoTime();
    int status = 200;
    while (status != 401 && System.nanoTime() - start < 1_000_000_000L) {
      status = zapier.get("/api/orders").statusCode();
    }
    assertEquals(401, status, "deactivated key still accepted after 1 s");
    zapier
        .get("/api/orders")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .contentType(startsWith("application/problem+json"));
    owner
        .get("/api/tokens/" + token.id())
        .then()
        .statusCode(200)
        .body("status", equalTo("deactivated"));

    owner.delete("/api/tokens/" + token.id()).then().statusCode(204);
    owner
        .get("/api/customers/" + customerId + "/history")
        .then()
        .statusCode(200)
        .body("items[0].actor.display", equalTo("API — Zapier"));
  }

  @Test
  void expiredTokenIsRefusedAtTheGateway() throws Exception {
    Client owner = Client.signUpOwner(gateway).client();
    Client.Token token = Client.createToken(owner, "Old script", "viewer", "1w");
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + E2eCluster.TOKENS_DB,
                "bolloprint",
                "bolloprint");
        PreparedStatement expire =
            db.prepareStatement(
                "update api_token set expires_at = now() - interval '1 minute' where id = ?")) {
      expire.setObject(1, UUID.fromString(token.id()));
      assertEquals(1, expire.executeUpdate());
    }
    Client.anonymous(gateway).withKey(token.key()).get("/api/orders").then().statusCode(401);
  }

  @Test
  void malformedKeyIsRefusedWithoutReachingTokenService() {
    Client.anonymous(gateway)
        .withKey("bp_tat_" + "A".repeat(36))
        .get("/api/orders")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void spoofedInternalHeadersAreIgnored() {
    Client.Owner victim = Client.signUpOwner(gateway);
    Client owner = Client.signUpOwner(gateway).client();
    Client.Token token = Client.createToken(owner, "Importer", "worker", "1w");
    String id =
        Client.anonymous(gateway)
            .withKey(token.key())
            .request()
            .header("X-Tenant-Id", victim.workshopId())
            .header("X-Tenant", victim.workshopId())
            .header("X-Actor-Name", "Mallory")
            .header("X-Actor-Type", "user")
            .header("X-Internal-Caller", "gateway")
            .body(Map.of("name", "Spoofed"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // it landed in the token's own workshop, by the token, and the victim cannot see it
    owner
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].actor.display", equalTo("API — Importer"));
    victim.client().get("/api/customers/" + id).then().statusCode(404);
    Client.anonymous(gateway).post("/internal/introspect", Map.of()).then().statusCode(404);
  }

  @Test
  void forgedJwtSentStraightToAServiceIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair forged = generator.generateKeyPair();
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("bolloprint-gateway");
    claims.setAudience("workshop-service");
    claims.setSubject("token:" + UUID.randomUUID());
    claims.setClaim("tenant", UUID.randomUUID().toString());
    claims.setStringListClaim("groups", List.of("admin"));
    claims.setClaim("actor_type", "api_token");
    claims.setClaim("actor_name", "Forger");
    claims.setGeneratedJwtId();
    claims.setIssuedAtToNow();
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 60));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(forged.getPrivate());
    jws.setKeyIdHeaderValue("forged");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    for (String service : List.of(cluster.workshop.url(), cluster.tokenA.url())) {
      given()
          .baseUri(service)
          .header("Authorization", "Bearer " + jws.getCompactSerialization())
          .get(service.equals(cluster.workshop.url()) ? "/api/orders" : "/api/tokens")
          .then()
          .statusCode(401);
    }
    // and through the gateway a JWT is just a malformed key
    given()
        .baseUri(gateway)
        .header("Authorization", "Bearer " + jws.getCompactSerialization())
        .get("/api/orders")
        .then()
        .statusCode(401);
  }
}
