package com.bolloprint.gateway.support;

import static io.restassured.RestAssured.given;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/** Verifies an internal JWT the way a service does: against the gateway's JWKS. */
public final class Jwts {

  private Jwts() {}

  public static JwtClaims verify(String compact, String audience) throws Exception {
    String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(
            new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
        .setExpectedIssuer("bolloprint-gateway")
        .setExpectedAudience(audience)
        .setRequireExpirationTime()
        .setRequireJwtId()
        .build()
        .processToClaims(compact);
  }
}
