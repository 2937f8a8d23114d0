package com.bolloprint.workshop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencyRetentionTest {

  private static WorkshopConfig config(Duration retention) {
    return new WorkshopConfig() {
      @Override
      public Idempotency idempotency() {
        return new Idempotency() {
          @Override
          public Duration retention() {
            return retention;
          }

          @Override
          public String purgeEvery() {
            return "1h";
          }
        };
      }

      @Override
      public Bulk bulk() {
        return () -> 10_000;
      }
    };
  }

  @Test
  void keysAreKeptAtLeastADayWhateverTheConfiguration() {
    assertEquals(
        Duration.ofHours(24), new IdempotencyPurge(config(Duration.ofMinutes(5))).retention());
    assertEquals(
        Duration.ofHours(72), new IdempotencyPurge(config(Duration.ofHours(72))).retention());
  }
}
