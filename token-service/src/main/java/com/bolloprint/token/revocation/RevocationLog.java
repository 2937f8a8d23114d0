package com.bolloprint.token.revocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Records revocations inside the caller's transaction and notifies every token-service replica
 * through PostgreSQL NOTIFY, which PostgreSQL delivers only when that transaction commits.
 */
@ApplicationScoped
public class RevocationLog {
  public static final String CHANNEL = "bp_revocation";
  private final ObjectMapper json;
  private final Clock clock;

  public RevocationLog(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  public Uni<RevocationEvent> record(String type, UUID workshopId, String sub, UUID sid) {
    RevocationEvent event = new RevocationEvent();
    event.type = type;
    event.workshopId = workshopId;
    event.sub = sub;
    event.sid = sid;
    event.at = clock.instant();
    return Panache.getSession()
        .flatMap(session -> session.persist(event).call(session::flush))
        .call(() -> notifyReplicas(event))
        .replaceWith(event);
  }

  private Uni<Object> notifyReplicas(RevocationEvent event) {
    String payload;
    try {
      payload = json.writeValueAsString(event.message());
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery("select 1 from pg_notify(:channel, :payload)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("payload", payload)
                    .getSingleResult());
  }
}
