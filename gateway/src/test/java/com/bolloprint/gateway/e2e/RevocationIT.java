package com.bolloprint.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Revocation on every replica: two gateways, each following its own token-service replica;
 * deactivating through one must stop the key on both within a second, also after a token-service
 * restart.
 */
@ExtendWith(E2eExtension.class)
class RevocationIT {

  private static E2eCluster cluster;

  @BeforeAll
  static void cluster() {
    cluster = E2eCluster.get();
  }

  @Test
  void deactivationThroughOneGatewayStopsTheKeyOnBothWithinASecond() {
    assertBothRefuseWithinASecond();
  }

  @Test
  void revocationStillReachesBothGatewaysAfterATokenServiceRestart() {
    cluster.tokenA.stop();
    cluster.start(cluster.tokenA);
    // gateway 1 reconnects with backoff (at most gateway.revocation.backoff-max)
    ServiceProcess.sleep(5500);
    assertBothRefuseWithinASecond();
  }

  @Test
  void deactivationWhileATokenServiceIsDownReachesItsGatewayOnceItIsBack() {
    Client.Owner owner = Client.signUpOwner(cluster.gateway2.url());
    Client.Token token = Client.createToken(owner.client(), "Replayed", "viewer", "1w");
    Client one = Client.anonymous(cluster.gateway1.url()).withKey(token.key());
    one.get("/api/orders").then().statusCode(200);

    cluster.tokenA.stop();
    owner
        .client()
        .post("/api/tokens/" + token.id() + "/deactivate", java.util.Map.of())
        .then()
        .statusCode(200);
    cluster.start(cluster.tokenA);
    long start = System.nanoTime();
    int status = 200;
    while (status != 401 && System.nanoTime() - start < Duration.ofSeconds(6).toNanos()) {
      status = one.get("/api/orders").statusCode();
    }
    assertEquals(401, status, "gateway 1 still accepts the key after token-service A is back");
  }

  private static void assertBothRefuseWithinASecond() {
    Client.Owner owner = Client.signUpOwner(cluster.gateway1.url());
    Client.Token token = Client.createToken(owner.client(), "Two replicas", "viewer", "1w");
    Client one = Client.anonymous(cluster.gateway1.url()).withKey(token.key());
    Client two = Client.anonymous(cluster.gateway2.url()).withKey(token.key());
    one.get("/api/orders").then().statusCode(200);
    two.get("/api/orders").then().statusCode(200);

    owner
        .client()
        .post("/api/tokens/" + token.id() + "/deactivate", java.util.Map.of())
        .then()
        .statusCode(200);
    long start = System.nanoTime();
    boolean oneRefuses = false;
    boolean twoRefuses = false;
    while (!(oneRefuses && twoRefuses) && System.nanoTime() - start < 1_000_000_000L) {
      oneRefuses = oneRefuses || one.get("/api/orders").statusCode() == 401;
      twoRefuses = twoRefuses || two.get("/api/orders").statusCode() == 401;
    }
    assertTrue(oneRefuses, "gateway 1 still accepts the key after 1 s");
    assertTrue(twoRefuses, "gateway 2 still accepts the key after 1 s");
  }
}
