package com.bolloprint.gateway.introspection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The introspection cache (quarkus-cache, Caffeine cache {@code introspection}). */
@ConfigMapping(prefix = "gateway.cache")
public interface GatewayCacheConfig {

  /** false = every request introspects (and mints): for measurements, not for production. */
  @WithDefault("true")
  boolean enabled();

  /** How long a positive answer is served without asking again; never past the token's exp. */
  @WithDefault("30s")
  Duration ttl();

  /** How long an inactive answer is remembered (garbage that passed the checksum). */
  @WithDefault("5s")
  Duration negativeTtl();

  /**
   * While token-service cannot be reached, how long after its last successful introspection a
   * cached active credential keeps working (never past exp). Unknown credentials get 503.
   */
  @WithDefault("60s")
  Duration outageGrace();

  /** Most entries kept. */
  @WithDefault("100000")
  long maxSize();
}
