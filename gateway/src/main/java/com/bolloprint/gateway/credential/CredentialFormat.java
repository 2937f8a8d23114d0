package com.bolloprint.gateway.credential;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The offline check of a credential's shape (contracts.md, "Credential formats"): an API token is
 * {@code bp_tat_} + 30 base62 characters + the CRC32 of the preceding part as 6 base62 digits; a
 * session id is {@code bp_ses_} + 40 base62 characters. Anything else never reaches the network.
 */
public final class CredentialFormat {

  public static final String API_TOKEN_PREFIX = "bp_tat_";
  public static final String SESSION_PREFIX = "bp_ses_";
  static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final int API_TOKEN_RANDOM_LENGTH = 30;
  static final int CHECKSUM_LENGTH = 6;
  static final int API_TOKEN_LENGTH =
      API_TOKEN_PREFIX.length() + API_TOKEN_RANDOM_LENGTH + CHECKSUM_LENGTH;
  static final int SESSION_LENGTH = SESSION_PREFIX.length() + 40;

  private CredentialFormat() {}

  /** An API token whose prefix, length, alphabet and checksum are right; empty otherwise. */
  public static Optional<Credential> apiToken(String value) {
    if (value == null
        || value.length() != API_TOKEN_LENGTH
        || !value.startsWith(API_TOKEN_PREFIX)
        || !isBase62(value, API_TOKEN_PREFIX.length(), value.length())) {
      return Optional.empty();
    }
    int checksumStart = API_TOKEN_LENGTH - CHECKSUM_LENGTH;
    String expected = checksum(value.substring(0, checksumStart));
    if (!expected.equals(value.substring(checksumStart))) {
      return Optional.empty();
    }
    return Optional.of(Credential.of(CredentialKind.API_TOKEN, value));
  }

  /** A session id of the right prefix, length and alphabet; empty otherwise. */
  public static Optional<Credential> session(String value) {
    if (value == null
        || value.length() != SESSION_LENGTH
        || !value.startsWith(SESSION_PREFIX)
        || !isBase62(value, SESSION_PREFIX.length(), value.length())) {
      return Optional.empty();
    }
    return Optional.of(Credential.of(CredentialKind.SESSION, value));
  }

  /** CRC32 of the ASCII bytes, base62, most significant digit first, left-padded to 6. */
  public static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] digits = new char[CHECKSUM_LENGTH];
    for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
      digits[i] = BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return new String(digits);
  }

  private static boolean isBase62(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
