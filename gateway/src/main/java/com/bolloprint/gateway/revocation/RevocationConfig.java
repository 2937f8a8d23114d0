package com.bolloprint.gateway.revocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The revocation event stream from token-service ({@code GET /internal/events}). */
@ConfigMapping(prefix = "gateway.revocation")
public interface RevocationConfig {

  /** Subscribe to the stream at start. */
  @WithDefault("true")
  boolean enabled();

  /**
   * How long after losing the stream cached entries are still served; past it, every request
   * introspects until the stream is back.
   */
  @WithDefault("5s")
  Duration staleBound();

  /** First reconnect delay; doubles up to {@link #backoffMax()}. */
  @WithDefault("100ms")
  Duration backoffInitial();

  @WithDefault("5s")
  Duration backoffMax();

  /** No byte for this long (token-service sends a keep-alive every 10 s) = the stream is dead. */
  @WithDefault("30s")
  Duration idleTimeout();
}
