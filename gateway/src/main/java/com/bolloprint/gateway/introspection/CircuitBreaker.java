package com.bolloprint.gateway.introspection;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A minimal consecutive-failure circuit breaker: closed → (threshold failures) → open for a while →
 * half-open (one trial call) → closed on success, open again on failure.
 */
final class CircuitBreaker {

  private final int threshold;
  private final long openNanos;
  private final LongSupplier nanoTime;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicBoolean trialInFlight = new AtomicBoolean();
  private volatile long openUntil;

  CircuitBreaker(int threshold, long openNanos, LongSupplier nanoTime) {
    this.threshold = threshold;
    this.openNanos = openNanos;
    this.nanoTime = nanoTime;
  }

  /** Whether a call may go out now. */
  boolean allow() {
    if (failures.get() < threshold) {
      return true;
    }
    if (nanoTime.getAsLong() - openUntil < 0) {
      return false;
    }
    return trialInFlight.compareAndSet(false, true);
  }

  void onSuccess() {
    failures.set(0);
    trialInFlight.set(false);
  }

  void onFailure() {
    if (failures.incrementAndGet() >= threshold) {
      openUntil = nanoTime.getAsLong() + openNanos;
      trialInFlight.set(false);
    }
  }
}
