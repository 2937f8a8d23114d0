package com.bolloprint.workshop.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.bolloprint.workshop.support.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class InternalJwtTest {

  private final UUID tenant = UUID.randomUUID();

  private JwtClaimsBuilder valid() {
    return TestJwt.claims(tenant, "admin", "api_token", UUID.randomUUID(), "Make — web orders");
  }

  private static ValidatableResponse call(String token) {
    return given().header("Authorization", "Bearer " + token).get("/api/orders").then();
  }

  private static void assertRejected(ValidatableResponse response) {
    response
        .statusCode(401)
        .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401))
        .body("type", equalTo("https://bolloprint.com/problems/invalid-token"));
  }

  @Test
  void validGatewayTokenIsAccepted() {
    call(TestJwt.sign(valid())).statusCode(200).body("items.size()", equalTo(0));
  }

  @Test
  void missingTokenIsRejected() {
    assertRejected(given().get("/api/orders").then());
  }

  @Test
  void garbageTokenIsRejected() {
    assertRejected(call("not-a-jwt"));
  }

  static Stream<Arguments> badClaims() {
    long now = System.currentTimeMillis() / 1000;
    return Stream.of(
        Arguments.of(
            "expired",
            (UnaryOperator<JwtClaimsBuilder>) c -> c.issuedAt(now - 600).expiresAt(now - 120)),
        Arguments.of(
            "wrong issuer", (UnaryOperator<JwtClaimsBuilder>) c -> c.issuer("someone-else")),
        Arguments.of(
            "wrong audience", (UnaryOperator<JwtClaimsBuilder>) c -> c.audience("token-service")),
        Arguments.of("missing tenant", (UnaryOperator<JwtClaimsBuilder>) c -> c.remove("tenant")),
        Arguments.of(
            "tenant not a uuid", (UnaryOperator<JwtClaimsBuilder>) c -> c.claim("tenant", "acme")),
        Arguments.of(
            "missing actor type", (UnaryOperator<JwtClaimsBuilder>) c -> c.remove("actor_type")),
        Arguments.of("bad subject", (UnaryOperator<JwtClaimsBuilder>) c -> c.subject("root")));
  }

  @ParameterizedTest(name = "{0} token is rejected")
  @MethodSource("badClaims")
  void tokenWithBadClaimsIsRejected(String name, UnaryOperator<JwtClaimsBuilder> change) {
    assertRejected(call(TestJwt.sign(change.apply(valid()))));
  }

  @Test
  void unknownKidIsRejected() {
    assertRejected(call(TestJwt.signWithKid(valid(), "rotated-away-key")));
  }

  @Test
  void tokenSignedByAnotherKeyIsRejected() {
    assertRejected(call(TestJwt.signWithOtherKey(valid())));
  }

  @Test
  void tamperedPayloadIsRejected() {
    String[] parts = TestJwt.sign(valid()).split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace("\"admin\"", "\"owner\"");
    String token = parts[0] + "." + b64(forged) + "." + parts[2];
    assertRejected(call(token));
  }

  @Test
  void algNoneIsRejected() {
    String[] parts = TestJwt.sign(valid()).split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + TestJwt.KID + "\"}");
    assertRejected(call(header + "." + parts[1] + "."));
  }

  @Test
  void hs256WithPublicKeyAsSecretIsRejected() {
    String[] parts = TestJwt.sign(valid()).split("\\.");
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + TestJwt.KID + "\"}");
    assertRejected(call(header + "." + parts[1] + "." + b64("signature")));
  }

  @Test
  void healthNeedsNoToken() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  private static String b64(String value) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
