package com.bolloprint.token.common;

import java.util.List;

/**
 * A failure the caller can act on. Each subclass is one kind of failure, mapped once to
 * problem+json by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.FieldError> errors;

  protected ProblemException(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }

  public Problem problem() {
    return new Problem(
        "https://bolloprint.com/problems/" + type, title, status, getMessage(), errors);
  }

  public int status() {
    return status;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not Found", what + " was not found", null);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail, null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, null);
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : "The request has " + errors.size() + " invalid fields";
    return new ProblemException(400, "validation", "Invalid request", detail, errors);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
    return new RateLimited(detail, retryAfterSeconds);
  }

  /** 429 with the number of seconds to wait. */
  public static final class RateLimited extends ProblemException {
    private final long retryAfterSeconds;

    RateLimited(String detail, long retryAfterSeconds) {
      super(429, "too-many-requests", "Too Many Requests", detail, null);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
