package com.bolloprint.workshop.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Builds the {@link Actor} of the current request from its verified JWT. */
@RequestScoped
public class CurrentActor {

  private final JsonWebToken jwt;
  private final HttpServerRequest request;

  public CurrentActor(JsonWebToken jwt, HttpServerRequest request) {
    this.jwt = jwt;
    this.request = request;
  }

  public Actor get() {
    String requestId = request.getHeader("X-Request-Id");
    if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
      requestId = jwt.getTokenID();
    }
    return new Actor(
        UUID.fromString(JwtClaims.string(jwt, JwtClaims.TENANT)),
        jwt.getSubject(),
        JwtClaims.string(jwt, JwtClaims.ACTOR_TYPE),
        JwtClaims.string(jwt, JwtClaims.ACTOR_NAME),
        requestId);
  }
}
