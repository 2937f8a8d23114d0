package com.bolloprint.workshop.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's own settings ({@code bolloprint.*}). */
@ConfigMapping(prefix = "bolloprint")
public interface WorkshopConfig {

  Idempotency idempotency();

  Bulk bulk();

  interface Idempotency {
    /** How long an Idempotency-Key is remembered; never less than 24 h. */
    @WithDefault("PT48H")
    Duration retention();

    /** How often expired keys are purged ({@code off} disables the job). */
    @WithDefault("1h")
    String purgeEvery();
  }

  interface Bulk {
    /** Most rows accepted by POST /api/customers/bulk. */
    @WithDefault("10000")
    int maxRows();
  }
}
