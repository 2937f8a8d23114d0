package com.bolloprint.token.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every invalid field of a request, then fails once with all of them. */
public final class Checks {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private final List<Problem.FieldError> errors = new ArrayList<>();

  public static Checks of(Object body) {
    Checks checks = new Checks();
    if (body == null) {
      throw ProblemException.invalid("body", "is required");
    }
    return checks;
  }

  /** Trims the value and checks its length; returns the trimmed text (or null when invalid). */
  public String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError(field, "is required"));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      errors.add(new Problem.FieldError(field, "must not contain control characters"));
      return null;
    }
    return trimmed;
  }

  public String email(String field, String value) {
    String email = text(field, value, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(new Problem.FieldError(field, "must be an email address"));
      return null;
    }
    return email;
  }

  /** Passwords are not trimmed; bcrypt reads at most 72 bytes, so longer ones are refused. */
  public String password(String field, String value) {
    if (value == null || value.isEmpty()) {
      errors.add(new Problem.FieldError(field, "is required"));
      return null;
    }
    if (value.length() < 10) {
      errors.add(new Problem.FieldError(field, "must be at least 10 characters"));
      return null;
    }
    if (value.getBytes(StandardCharsets.UTF_8).length > 72) {
      errors.add(new Problem.FieldError(field, "must be at most 72 bytes"));
      return null;
    }
    return value;
  }

  public void fail(String field, String message) {
    errors.add(new Problem.FieldError(field, message));
  }

  /** Throws a 400 naming every invalid field, if there is any. */
  public void done() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(List.copyOf(errors));
    }
  }
}
