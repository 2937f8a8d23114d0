package com.bolloprint.workshop.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a change history, as the admin app and integrations read it. */
public record AuditEntry(
    long id,
    String objectType,
    UUID objectId,
    @Schema(examples = "status_changed") String action,
    Instant at,
    Actor actor,
    String requestId,
    @Schema(
            description = "field -> {from, to}",
            examples = "{\"status\": {\"from\": \"draft\", \"to\": \"confirmed\"}}")
        Map<String, Object> changes) {

  /**
   * Who made the change. An API token shows as {@code "API — <token name>"} with the {@code robot}
   * icon; a person by their name with the {@code user} icon.
   */
  public record Actor(
      @Schema(examples = "api_token") String type,
      @Schema(description = "token or user id") String id,
      @Schema(examples = "Make — web orders") String name,
      @Schema(examples = "API — Make — web orders") String display,
      @Schema(examples = "robot") String icon) {

    public static Actor of(String type, String subject, String name) {
      String id = subject.contains(":") ? subject.substring(subject.indexOf(':') + 1) : subject;
      boolean token = com.bolloprint.workshop.security.Actor.API_TOKEN.equals(type);
      return new Actor(type, id, name, token ? "API — " + name : name, token ? "robot" : "user");
    }
  }
}
