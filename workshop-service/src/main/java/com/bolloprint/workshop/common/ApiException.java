package com.bolloprint.workshop.common;

import java.util.List;

/**
 * A failure the client can act on, mapped once to {@code application/problem+json} by {@link
 * ProblemMapper}. Factory methods name the situations this service has.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ApiException(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not-found", "Not found", what + " not found", null);
  }

  public static ApiException validation(List<Problem.FieldError> errors) {
    return new ApiException(
        400, "validation", "Invalid request", "The request has invalid fields", errors);
  }

  public static ApiException badRequest(String field, String message) {
    return validation(List.of(new Problem.FieldError(field, message)));
  }

  public static ApiException conflict(String type, String detail) {
    return new ApiException(409, type, "Conflict", detail, null);
  }

  public static ApiException unprocessable(String type, String detail) {
    return new ApiException(422, type, "Unprocessable request", detail, null);
  }

  public int status() {
    return status;
  }

  public Problem toProblem() {
    return new Problem(
        Problem.TYPE_PREFIX + type, title, status, getMessage(), errors.isEmpty() ? null : errors);
  }
}
