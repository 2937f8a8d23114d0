package com.bolloprint.token.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem before reading it (Vert.x would otherwise close the
 * request with a bare 413).
 */
@ApplicationScoped
public class BodyLimit {
  private final long limit;
  private final String body;

  public BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json)
      throws JsonProcessingException {
    this.limit = limit.asLongValue();
    this.body =
        json.writeValueAsString(
            new Problem(
                "https://bolloprint.com/problems/too-large",
                "Payload Too Large",
                413,
                "The request body must be at most " + this.limit / 1024 + " KiB",
                null));
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            rc -> {
              String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && tooLarge(length)) {
                rc.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
                return;
              }
              rc.next();
            });
  }

  private boolean tooLarge(String length) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
