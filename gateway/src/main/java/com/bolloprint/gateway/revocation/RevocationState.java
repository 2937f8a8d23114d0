package com.bolloprint.gateway.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Whether the revocation stream is live, and so whether cached introspections can be trusted. */
@ApplicationScoped
public class RevocationState {

  private final RevocationConfig config;
  private volatile boolean connected;
  private volatile Instant disconnectedSince;

  public RevocationState(RevocationConfig config, Clock clock) {
    this.config = config;
    this.disconnectedSince = clock.instant();
  }

  /** Cached entries may be served: the stream is up, or lost for less than the stale bound. */
  public boolean trustsCache(Instant now) {
    if (connected || !config.enabled()) {
      return true;
    }
    return now.isBefore(disconnectedSince.plus(config.staleBound()));
  }

  public boolean connected() {
    return connected;
  }

  void markConnected() {
    connected = true;
  }

  void markDisconnected(Instant now) {
    if (connected) {
      disconnectedSince = now;
    }
    connected = false;
  }
}
