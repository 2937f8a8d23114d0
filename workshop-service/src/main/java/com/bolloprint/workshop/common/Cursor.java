package com.bolloprint.workshop.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list ordered by (change sequence, id). Opaque to clients: base64url of {@code
 * v1.<seq>.<uuid>}.
 */
public record Cursor(long seq, UUID id) {

  public static final Cursor START = new Cursor(-1, new UUID(0, 0));

  public String encode() {
    String raw = "v1." + seq + "." + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  public static Cursor decode(String value) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
      String[] parts = raw.split("\\.");
      if (parts.length != 3 || !"v1".equals(parts[0])) {
        throw new IllegalArgumentException();
      }
      return new Cursor(Long.parseLong(parts[1]), UUID.fromString(parts[2]));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("cursor", "is not a cursor returned by this API");
    }
  }
}
