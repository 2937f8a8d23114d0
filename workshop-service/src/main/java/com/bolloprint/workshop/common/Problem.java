package com.bolloprint.workshop.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every 4xx/5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String TYPE_PREFIX = "https://bolloprint.com/problems/";
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String type, String title, String detail) {
    return new Problem(TYPE_PREFIX + type, title, status, detail, null);
  }

  /** One invalid field: a JSON path such as {@code lines[0].quantity}, or a CSV column. */
  public record FieldError(String field, String message) {}
}
