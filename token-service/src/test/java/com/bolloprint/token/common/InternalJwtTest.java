package com.bolloprint.token.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.bolloprint.token.support.TestJwt;
import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** /api/* trusts only the gateway's ES256 JWT for this audience and issuer, unexpired. */
@QuarkusTest
class InternalJwtTest {

  @Test
  void aValidJwtIsAccepted() {
    Fixture shop = Workshops.create();
    given().auth().oauth2(shop.ownerJwt()).get("/api/tokens").then().statusCode(200);
  }

  @Test
  void anExpiredJwtIsRefused() {
    Fixture shop = Workshops.create();
    var claims =
        owner(shop)
            .issuedAt(Instant.now().minusSeconds(600))
            .expiresAt(Instant.now().minusSeconds(300));
    refused(TestJwt.sign(claims, TestJwt.KEY, "test-key"));
  }

  @Test
  void aTamperedJwtIsRefused() {
    Fixture shop = Workshops.create();
    String[] parts = shop.ownerJwt().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"owner\"", "\"admin\"");
    refused(parts[0] + "." + base64(payload) + "." + parts[2]);
  }

  @Test
  void algNoneIsRefused() {
    Fixture shop = Workshops.create();
    String payload = shop.ownerJwt().split("\\.")[1];
    refused(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
  }

  @Test
  void aWrongIssuerIsRefused() {
    Fixture shop = Workshops.create();
    refused(TestJwt.sign(owner(shop).issuer("someone-else"), TestJwt.KEY, "test-key"));
  }

  @Test
  void aWrongAudienceIsRefused() {
    Fixture shop = Workshops.create();
    refused(TestJwt.sign(owner(shop).audience("workshop-service"), TestJwt.KEY, "test-key"));
  }

  @Test
  void anUnknownKidOrAnotherKeyIsRefused() {
    Fixture shop = Workshops.create();
    refused(TestJwt.sign(owner(shop), TestJwt.KEY, "unknown-key"));
    refused(TestJwt.sign(owner(shop), TestJwt.OTHER_KEY, "test-key"));
  }

  @Test
  void aJwtWithoutATenantIsRefused() {
    Fixture shop = Workshops.create();
    refused(TestJwt.sign(owner(shop).remove("tenant"), TestJwt.KEY, "test-key"));
  }

  private static io.smallrye.jwt.build.JwtClaimsBuilder owner(Fixture shop) {
    return TestJwt.claims(
        shop.workshopId(), "user:" + shop.ownerId(), "owner", "user", "Olga Owner");
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void refused(String jwt) {
    given()
        .auth()
        .oauth2(jwt)
        .get("/api/tokens")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("invalid_token"));
  }
}
