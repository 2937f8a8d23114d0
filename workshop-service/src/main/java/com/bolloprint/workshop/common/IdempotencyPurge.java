package com.bolloprint.workshop.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Deletes Idempotency-Key records older than the retention (at least 24 h). */
@ApplicationScoped
public class IdempotencyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
  private static final Duration MINIMUM = Duration.ofHours(24);

  private final WorkshopConfig config;

  public IdempotencyPurge(WorkshopConfig config) {
    this.config = config;
  }

  public Duration retention() {
    Duration configured = config.idempotency().retention();
    return configured.compareTo(MINIMUM) < 0 ? MINIMUM : configured;
  }

  @Scheduled(
      every = "${bolloprint.idempotency.purge-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purge() {
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        session ->
                            session
                                .createNativeQuery(
                                    "delete from idempotency_keys where created_at < now() - make_interval(secs => :s)")
                                .setParameter("s", (double) retention().toSeconds())
                                .executeUpdate()))
        .invoke(count -> LOG.debugf("purged %d expired idempotency keys", count))
        .replaceWithVoid();
  }
}
