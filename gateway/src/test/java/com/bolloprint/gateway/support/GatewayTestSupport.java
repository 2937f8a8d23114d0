package com.bolloprint.gateway.support;

import com.bolloprint.gateway.revocation.RevocationState;
import io.quarkus.arc.Arc;
import java.time.Duration;

/** Starts the fake services and waits until the gateway under test follows their event stream. */
public final class GatewayTestSupport {

  private GatewayTestSupport() {}

  public static void ready() {
    FakeServices.ensureStarted();
    awaitStream(true);
  }

  public static void awaitStream(boolean connected) {
    RevocationState state = Arc.container().instance(RevocationState.class).get();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (state.connected() != connected || (connected && FakeServices.openStreams() == 0)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("revocation stream never became connected=" + connected);
      }
      sleep(20);
    }
  }

  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
