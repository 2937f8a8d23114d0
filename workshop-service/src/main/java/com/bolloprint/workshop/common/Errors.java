package com.bolloprint.workshop.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors while validating a request; {@link #throwIfAny()} ends validation. */
public final class Errors {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

  private final List<Problem.FieldError> list = new ArrayList<>();
  private final String prefix;

  public Errors() {
    this("");
  }

  public Errors(String prefix) {
    this.prefix = prefix;
  }

  public Errors add(String field, String message) {
    list.add(new Problem.FieldError(prefix + field, message));
    return this;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Problem.FieldError> list() {
    return list;
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw ApiException.validation(list);
    }
  }

  public Errors required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return add(field, "is required");
    }
    return maxLength(field, value, max);
  }

  /** For a patch: a field left out is kept, but one sent must not be blank. */
  public Errors requiredIfPresent(String field, String value, int max) {
    return value == null ? this : required(field, value, max);
  }

  public Errors maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "must be at most " + max + " characters");
    }
    return this;
  }

  public Errors email(String field, String value) {
    if (value != null
        && !value.isBlank()
        && (value.length() > 320 || !EMAIL.matcher(value).matches())) {
      add(field, "is not a valid email address");
    }
    return this;
  }

  public Errors currency(String field, String value) {
    if (value == null || !CURRENCY.matcher(value).matches()) {
      add(field, "must be an ISO 4217 code such as EUR");
    }
    return this;
  }

  public Errors nonNegative(String field, BigDecimal value, int scale) {
    if (value != null) {
      if (value.signum() < 0) {
        add(field, "must not be negative");
      } else {
        decimal(field, value, scale);
      }
    }
    return this;
  }

  public Errors decimal(String field, BigDecimal value, int scale) {
    if (value != null) {
      if (value.stripTrailingZeros().scale() > scale) {
        add(field, "must have at most " + scale + " decimals");
      } else if (value.abs().compareTo(BigDecimal.TEN.pow(14)) >= 0) {
        add(field, "is too large");
      }
    }
    return this;
  }

  /** A JSON body that is absent or {@code null} is a 400, never a NullPointerException. */
  public static <T> T body(T body) {
    if (body == null) {
      throw ApiException.badRequest("body", "is required");
    }
    return body;
  }

  /** Trims a string and turns "" into null (PATCH uses "" to clear an optional field). */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
