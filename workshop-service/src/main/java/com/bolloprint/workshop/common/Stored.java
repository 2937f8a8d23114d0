package com.bolloprint.workshop.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A create's answer as sent (and as kept for Idempotency-Key replays). */
public record Stored(int status, String json, boolean replayed) {

  public Response toResponse() {
    Response.ResponseBuilder builder =
        Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json);
    if (replayed) {
      builder.header("Idempotent-Replayed", "true");
    }
    return builder.build();
  }
}
