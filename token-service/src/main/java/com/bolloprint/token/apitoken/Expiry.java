package com.bolloprint.token.apitoken;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/** The expirations the token form offers. */
public enum Expiry {
  ONE_WEEK("1w"),
  ONE_MONTH("1m"),
  THREE_MONTHS("3m"),
  ONE_YEAR("1y"),
  NEVER("never");

  public static final String ALLOWED = "1w, 1m, 3m, 1y, never";
  private final String wire;

  Expiry(String wire) {
    this.wire = wire;
  }

  public static Optional<Expiry> parse(String value) {
    return Arrays.stream(values()).filter(e -> e.wire.equals(value)).findFirst();
  }

  /** When a token created at {@code now} expires, in calendar terms (UTC); null for never. */
  public Instant from(Instant now) {
    var utc = now.atOffset(ZoneOffset.UTC);
    return switch (this) {
      case ONE_WEEK -> utc.plusWeeks(1).toInstant();
      case ONE_MONTH -> utc.plusMonths(1).toInstant();
      case THREE_MONTHS -> utc.plusMonths(3).toInstant();
      case ONE_YEAR -> utc.plusYears(1).toInstant();
      case NEVER -> null;
    };
  }
}
