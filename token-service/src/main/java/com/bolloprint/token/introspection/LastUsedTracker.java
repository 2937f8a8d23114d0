package com.bolloprint.token.introspection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Remembers in memory when tokens and sessions were last used, and writes that down in one
 * statement per table on a schedule (default every minute) and at shutdown. Introspection never
 * waits for it.
 */
@ApplicationScoped
public class LastUsedTracker {
  private static final Logger LOG = Logger.getLogger(LastUsedTracker.class);
  private static final String TOKENS =
      "update api_token t set last_used_at = greatest(t.last_used_at, u.at)"
          + " from unnest($1::uuid[], $2::timestamptz[]) as u(id, at) where t.id = u.id";
  private static final String SESSIONS =
      "update session s set last_seen_at = greatest(s.last_seen_at, u.at)"
          + " from unnest($1::uuid[], $2::timestamptz[]) as u(id, at) where s.id = u.id";

  private final Map<UUID, Instant> tokens = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> sessions = new ConcurrentHashMap<>();
  private final Pool pool;

  public LastUsedTracker(Pool pool) {
    this.pool = pool;
  }

  public void tokenUsed(UUID id, Instant at) {
    tokens.merge(id, at, LastUsedTracker::later);
  }

  public void sessionUsed(UUID id, Instant at) {
    sessions.merge(id, at, LastUsedTracker::later);
  }

  /** A session's last use, counting what is not written down yet. */
  public Instant sessionSeen(UUID id, Instant stored) {
    Instant pending = sessions.get(id);
    return pending == null ? stored : later(pending, stored);
  }

  @Scheduled(
      every = "${bolloprint.last-used.flush-interval:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flush() {
    return write(TOKENS, tokens).call(() -> write(SESSIONS, sessions));
  }

  void onStop(@Observes ShutdownEvent event) {
    try {
      flush().await().atMost(Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      LOG.warnf("Could not write last-used times at shutdown: %s", e.getClass().getSimpleName());
    }
  }

  private static Map<UUID, Instant> drain(Map<UUID, Instant> pending) {
    Map<UUID, Instant> batch = new java.util.HashMap<>();
    for (UUID id : pending.keySet()) {
      Instant at = pending.remove(id);
      if (at != null) {
        batch.put(id, at);
      }
    }
    return batch;
  }

  private Uni<Void> write(String sql, Map<UUID, Instant> pending) {
    Map<UUID, Instant> batch = drain(pending);
    if (batch.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    UUID[] ids = batch.keySet().toArray(UUID[]::new);
    OffsetDateTime[] times = new OffsetDateTime[ids.length];
    for (int i = 0; i < ids.length; i++) {
      times[i] = OffsetDateTime.ofInstant(batch.get(ids[i]), ZoneOffset.UTC);
    }
    return pool.preparedQuery(sql)
        .execute(Tuple.of(ids, times))
        .onFailure()
        .invoke(
            e -> {
              LOG.warnf("Could not write last-used times: %s", e.getClass().getSimpleName());
              batch.forEach((id, at) -> pending.merge(id, at, LastUsedTracker::later));
            })
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
