package com.bolloprint.gateway;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every expiry decision reads, replaceable in tests. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
