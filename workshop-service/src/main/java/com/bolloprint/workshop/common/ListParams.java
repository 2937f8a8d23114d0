package com.bolloprint.workshop.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The common query parameters of list routes, parsed here (not by JAX-RS) so that a bad value is a
 * 400 that names the parameter.
 */
public record ListParams(int limit, Cursor cursor, Instant updatedSince) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 100;

  public static ListParams parse(String limit, String cursor, String updatedSince) {
    Errors errors = new Errors();
    int size = DEFAULT_LIMIT;
    if (limit != null && !limit.isBlank()) {
      try {
        size = Integer.parseInt(limit.strip());
        if (size < 1 || size > MAX_LIMIT) {
          errors.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
      } catch (NumberFormatException e) {
        errors.add("limit", "must be an integer");
      }
    }
    Instant since = null;
    if (updatedSince != null && !updatedSince.isBlank()) {
      try {
        since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
      } catch (DateTimeParseException e) {
        errors.add("updatedSince", "must be an RFC 3339 timestamp such as 2026-01-31T10:00:00Z");
      }
    }
    errors.throwIfAny();
    Cursor position =
        cursor == null || cursor.isBlank() ? Cursor.START : Cursor.decode(cursor.strip());
    return new ListParams(size, position, since);
  }

  /** HQL condition on an entity with changeSeq, id, updatedAt; parameters named below. */
  public String condition() {
    String base = "changeSeq >= :floor and (changeSeq > :seq or (changeSeq = :seq and id > :cid))";
    return updatedSince == null ? base : base + " and updatedAt >= :since";
  }
}
