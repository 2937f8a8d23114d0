package com.bolloprint.workshop.common;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A failure Mutiny cannot deliver happens after the client went away (the request's pipeline was
 * cancelled, and Hibernate Reactive rolls back a transaction it interrupts). Log one line naming
 * it, never a stack trace or a message that could carry SQL.
 */
@ApplicationScoped
public class DroppedFailures {
  private static final Logger LOG = Logger.getLogger(DroppedFailures.class);

  void install(@Observes StartupEvent event) {
    Infrastructure.setDroppedExceptionHandler(
        failure ->
            LOG.warnf(
                "Dropped a failure after its request was cancelled: %s",
                failure.getClass().getSimpleName()));
  }
}
