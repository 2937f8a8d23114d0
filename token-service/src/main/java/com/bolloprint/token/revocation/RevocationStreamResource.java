package com.bolloprint.token.revocation;

import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.introspection.InternalClients;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The revocation stream the gateways subscribe to (SSE). A reconnecting gateway sends {@code
 * Last-Event-ID} and receives what it missed, then the live events.
 */
@Path("/internal/events")
@Tag(name = "Internal")
public class RevocationStreamResource {
  static final Duration KEEPALIVE = Duration.ofSeconds(10);
  static final Duration REPLAY_OVERLAP = Duration.ofSeconds(5);
  private final RevocationHub hub;
  private final InternalClients clients;

  public RevocationStreamResource(RevocationHub hub, InternalClients clients) {
    this.hub = hub;
    this.clients = clients;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Revocation events (SSE) with Last-Event-ID replay, for gateways")
  public Multi<OutboundSseEvent> events(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context Sse sse) {
    clients.authenticate(authorization);
    Long after = parse(lastEventId);
    Multi<OutboundSseEvent> ready =
        hub.head()
            .map(
                head ->
                    sse.newEventBuilder().name("ready").id(String.valueOf(head)).data("{}").build())
            .toMulti();
    Multi<OutboundSseEvent> missed =
        after == null
            ? Multi.createFrom().empty()
            : hub.replay(after, REPLAY_OVERLAP).map(m -> revocation(sse, m));
    Multi<OutboundSseEvent> keepalive =
        Multi.createFrom()
            .ticks()
            .every(KEEPALIVE)
            .map(tick -> sse.newEventBuilder().comment("keepalive").build());
    return Multi.createBy()
        .merging()
        .streams(
            hub.live().map(m -> revocation(sse, m)),
            Multi.createBy().concatenating().streams(missed, ready),
            keepalive);
  }

  private static OutboundSseEvent revocation(Sse sse, RevocationMessage message) {
    return sse.newEventBuilder()
        .name("revocation")
        .id(String.valueOf(message.id()))
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(RevocationMessage.class, message)
        .build();
  }

  private static Long parse(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(lastEventId.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("Last-Event-ID", "must be an event id from this stream");
    }
  }
}
