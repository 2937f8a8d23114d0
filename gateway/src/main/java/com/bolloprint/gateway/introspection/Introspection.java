package com.bolloprint.gateway.introspection;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * token-service's answer to {@code POST /internal/introspect} (RFC 7662, contracts.md).
 *
 * @param exp absent (null) for a token that never expires
 * @param sid the session id, for sessions only
 */
public record Introspection(
    boolean active,
    String tokenType,
    String sub,
    String tenant,
    String role,
    String name,
    Instant exp,
    Instant iat,
    String sid) {

  public static final Introspection INACTIVE =
      new Introspection(false, null, null, null, null, null, null, null, null);

  public static Introspection fromJson(JsonObject json) {
    if (!json.getBoolean("active", false)) {
      return INACTIVE;
    }
    return new Introspection(
        true,
        json.getString("token_type"),
        json.getString("sub"),
        json.getString("tenant"),
        json.getString("role"),
        json.getString("name"),
        epoch(json.getValue("exp")),
        epoch(json.getValue("iat")),
        json.getString("sid"));
  }

  public boolean isSession() {
    return "session".equals(tokenType);
  }

  /** {@code api_token} or {@code user}, the {@code actor_type} of the internal JWT. */
  public String actorType() {
    return isSession() ? "user" : "api_token";
  }

  /** An answer the gateway can act on: active with every claim the internal JWT needs. */
  public boolean isUsable() {
    return active && sub != null && tenant != null && role != null && tokenType != null;
  }

  private static Instant epoch(Object value) {
    return value instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
  }
}
