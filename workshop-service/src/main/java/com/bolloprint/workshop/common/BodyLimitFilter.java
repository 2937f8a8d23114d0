package com.bolloprint.workshop.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem+json before any handler reads it (Vert.x would
 * otherwise close with a bare 413).
 */
@ApplicationScoped
public class BodyLimitFilter {

  private final long maxBytes;

  public BodyLimitFilter(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size")
          io.quarkus.runtime.configuration.MemorySize max) {
    this.maxBytes = max.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String length = rc.request().getHeader("Content-Length");
          if (length != null && tooLarge(length)) {
            Problem problem =
                Problem.of(
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The request body exceeds " + maxBytes + " bytes");
            rc.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
            return;
          }
          rc.next();
        },
        1000);
  }

  private boolean tooLarge(String length) {
    try {
      return Long.parseLong(length.strip()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
