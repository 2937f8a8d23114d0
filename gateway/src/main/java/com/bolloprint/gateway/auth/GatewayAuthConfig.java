package com.bolloprint.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Credential handling at the gateway. */
@ConfigMapping(prefix = "gateway.auth")
public interface GatewayAuthConfig {

  /**
   * false = pass-through: no credential is read, no JWT minted (a benchmark baseline only; the
   * services then refuse every protected call).
   */
  @WithDefault("true")
  boolean enabled();
}
