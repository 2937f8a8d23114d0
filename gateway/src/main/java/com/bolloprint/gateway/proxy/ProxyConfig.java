package com.bolloprint.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** The reverse proxy to the services (token-service's URL is {@code gateway.token-service.url}). */
@ConfigMapping(prefix = "gateway.proxy")
public interface ProxyConfig {

  /** Base URL of workshop-service. */
  @WithDefault("http://127.0.0.1:8082")
  URI workshopServiceUrl();

  /** Time to open a connection to a service (then 502). */
  @WithDefault("2s")
  Duration connectTimeout();

  /** Longest silence from a service while a request is outstanding (then 504). */
  @WithDefault("30s")
  Duration timeout();

  /** Connections kept per service. */
  @WithDefault("64")
  int maxPoolSize();
}
