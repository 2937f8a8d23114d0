package com.bolloprint.token.apitoken;

import com.bolloprint.token.common.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The API key format: {@code bp_tat_} + 30 random base62 characters + 6 base62 characters of CRC32
 * over everything before them. A key whose checksum does not match was mistyped or forged and can
 * be refused without a database look-up.
 */
public final class TokenKey {
  public static final String PREFIX = "bp_tat_";
  static final int RANDOM_LENGTH = 30;
  static final int CHECKSUM_LENGTH = 6;
  public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;

  private TokenKey() {}

  public static String generate() {
    String body = PREFIX + Secrets.randomBase62(RANDOM_LENGTH);
    return body + checksum(body);
  }

  /** Prefix, length, charset and checksum: everything that can be checked offline. */
  public static boolean isWellFormed(String key) {
    if (key == null || key.length() != LENGTH || !key.startsWith(PREFIX)) {
      return false;
    }
    if (!Secrets.isBase62(key, PREFIX.length(), LENGTH)) {
      return false;
    }
    int split = LENGTH - CHECKSUM_LENGTH;
    return checksum(key.substring(0, split)).equals(key.substring(split));
  }

  /** The non-secret start of a key that lists show, such as {@code bp_tat_Ab3d…}. */
  public static String hint(String key) {
    return key.substring(0, PREFIX.length() + 4) + "…";
  }

  static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] out = new char[CHECKSUM_LENGTH];
    for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
      out[i] = Secrets.BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return new String(out);
  }
}
