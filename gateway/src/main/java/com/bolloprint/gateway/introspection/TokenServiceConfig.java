package com.bolloprint.gateway.introspection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** How the gateway reaches token-service's internal endpoints. */
@ConfigMapping(prefix = "gateway.token-service")
public interface TokenServiceConfig {

  /** Base URL of token-service. */
  @WithDefault("http://127.0.0.1:8081")
  URI url();

  /** Basic-auth user the gateway presents to {@code /internal/*}. */
  @WithDefault("gateway")
  String clientId();

  /** Basic-auth secret (token-service's {@code bolloprint.internal.client-secret}). */
  String clientSecret();

  /** Time allowed for one introspection call, connect included. */
  @WithDefault("2s")
  Duration timeout();

  /** Extra attempts after a connection failure (not after a timeout). */
  @WithDefault("1")
  int retries();

  /** Consecutive failures that open the circuit breaker. */
  @WithDefault("5")
  int circuitFailureThreshold();

  /** How long an open circuit fails fast before one trial call is let through. */
  @WithDefault("2s")
  Duration circuitOpenDuration();

  /** Seconds sent in {@code Retry-After} when token-service cannot be asked. */
  @WithDefault("5")
  int retryAfterSeconds();
}
