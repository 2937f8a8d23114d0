package com.bolloprint.token.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** An opaque keyset position: the (time, id) of the last item of a page. */
public record Cursor(Instant at, UUID id) {
  public static final int DEFAULT_LIMIT = 50;

  public String encode() {
    String raw = at.getEpochSecond() + "." + at.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page; a 400 naming {@code cursor} for anything this API did not give. */
  public static Cursor decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      int dot = raw.indexOf('.');
      long seconds = Long.parseLong(raw.substring(0, dot));
      int nanos = Integer.parseInt(raw.substring(dot + 1, colon));
      return new Cursor(
          Instant.ofEpochSecond(seconds, nanos), UUID.fromString(raw.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw ProblemException.invalid("cursor", "is not a cursor that this API returned");
    }
  }

  public static int limit(Integer limit, int max) {
    if (limit == null) {
      return Math.min(DEFAULT_LIMIT, max);
    }
    if (limit < 1 || limit > max) {
      throw ProblemException.invalid("limit", "must be between 1 and " + max);
    }
    return limit;
  }
}
