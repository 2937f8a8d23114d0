package com.bolloprint.token.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "bolloprint.session")
public interface SessionConfig {
  /** A session unused this long ends. */
  @WithDefault("PT30M")
  Duration idleTimeout();

  /** A session ends this long after sign-in, used or not. */
  @WithDefault("PT12H")
  Duration absoluteLifetime();

  /** The cookie's Secure flag; turn it off only for plain-HTTP development. */
  @WithDefault("true")
  boolean secureCookie();
}
