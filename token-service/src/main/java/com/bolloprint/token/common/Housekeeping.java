package com.bolloprint.token.common;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes what nobody needs any more: sessions past their absolute end, old login counters, and
 * revocation events older than a week (a gateway away that long starts from scratch anyway).
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class);
  private static final String[] STATEMENTS = {
    "delete from session where expires_at < now()",
    "delete from login_throttle where window_started_at < now() - interval '1 day'"
        + " and (locked_until is null or locked_until < now())",
    "delete from revocation_event where at < now() - interval '7 days'"
  };
  private final Pool pool;

  public Housekeeping(Pool pool) {
    this.pool = pool;
  }

  @Scheduled(every = "1h", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> sweep() {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (String sql : STATEMENTS) {
      chain = chain.call(() -> pool.query(sql).execute());
    }
    return chain
        .onFailure()
        .invoke(e -> LOG.warnf("Housekeeping failed: %s", e.getClass().getSimpleName()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }
}
