package com.bolloprint.workshop.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One spelling for amounts in JSON, whatever scale the database column has. */
public final class Decimals {

  private Decimals() {}

  /** At least two decimals, no trailing zeros beyond: 39.90, 100.00, 1.2345. */
  public static BigDecimal money(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : stripped;
  }

  /** No trailing zeros: 12, 0.5, 3.125. */
  public static BigDecimal quantity(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }
}
