package com.bolloprint.token.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/** Calls introspection the way the gateway does. */
public final class Introspect {
  private Introspect() {}

  public static Response call(String credential) {
    return given()
        .auth()
        .preemptive()
        .basic("gateway", "dev-internal-secret")
        .formParam("token", credential)
        .post("/internal/introspect");
  }
}
