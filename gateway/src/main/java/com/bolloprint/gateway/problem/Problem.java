package com.bolloprint.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 {@code application/problem+json} body. The gateway's own errors are all built here;
 * none carries a class name, a stack trace or a credential.
 */
public record Problem(int status, String slug, String title, String detail) {

  public static final String CONTENT_TYPE = "application/problem+json";

  public static Problem notFound() {
    return new Problem(404, "not-found", "Not Found", "No such resource.");
  }

  public static Problem invalidToken() {
    return new Problem(
        401,
        "invalid-token",
        "Unauthorized",
        "The credential is missing, malformed, expired or revoked.");
  }

  public static Problem csrf() {
    return new Problem(
        403,
        "missing-requested-with",
        "Forbidden",
        "A state-changing request authenticated by the session cookie needs an X-Requested-With"
            + " header.");
  }

  public static Problem authUnavailable() {
    return new Problem(
        503,
        "auth-unavailable",
        "Service Unavailable",
        "Credentials cannot be checked right now; your credential was not rejected. Retry later.");
  }

  public static Problem badGateway(String service) {
    return new Problem(502, "bad-gateway", "Bad Gateway", service + " could not be reached.");
  }

  public static Problem gatewayTimeout(String service) {
    return new Problem(
        504, "gateway-timeout", "Gateway Timeout", service + " did not answer in time.");
  }

  public static Problem internal() {
    return new Problem(500, "internal", "Internal Server Error", "The gateway failed.");
  }

  public Buffer body() {
    return new JsonObject()
        .put("type", "https://bolloprint.com/problems/" + slug)
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .toBuffer();
  }

  /** Writes this problem and ends the response. */
  public void send(HttpServerResponse response) {
    if (response.ended()) {
      return;
    }
    response
        .setStatusCode(status)
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("Cache-Control", "no-store")
        .end(body());
  }
}
