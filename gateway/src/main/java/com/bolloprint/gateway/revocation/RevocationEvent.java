package com.bolloprint.gateway.revocation;

import com.bolloprint.gateway.introspection.Introspection;
import io.vertx.core.json.JsonObject;
import java.util.function.Predicate;

/** One {@code revocation} event of token-service's stream (contracts.md). */
public record RevocationEvent(long id, String type, String tenant, String sub, String sid) {

  static RevocationEvent fromJson(JsonObject json) {
    return new RevocationEvent(
        json.getLong("id", 0L),
        json.getString("type"),
        json.getString("tenant"),
        json.getString("sub"),
        json.getString("sid"));
  }

  /** Which cached introspections this event makes stale. */
  Predicate<Introspection> affects() {
    if ("session.ended".equals(type) && sid != null) {
      return introspection -> sid.equals(introspection.sid());
    }
    return introspection -> sub != null && sub.equals(introspection.sub());
  }
}
