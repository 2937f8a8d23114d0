package com.bolloprint.token.session;

import com.bolloprint.token.common.Secrets;

/** The session cookie value: {@code bp_ses_} + 40 random base62 characters (~238 bits). */
public final class SessionKey {
  public static final String PREFIX = "bp_ses_";
  public static final int LENGTH = PREFIX.length() + 40;

  private SessionKey() {}

  public static String generate() {
    return PREFIX + Secrets.randomBase62(LENGTH - PREFIX.length());
  }

  public static boolean isWellFormed(String key) {
    return key != null
        && key.length() == LENGTH
        && key.startsWith(PREFIX)
        && Secrets.isBase62(key, PREFIX.length(), LENGTH);
  }
}
