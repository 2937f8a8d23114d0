package com.bolloprint.token.apitoken;

/** A token's status is computed, never stored: deactivation wins over expiry. */
public enum TokenStatus {
  ACTIVE,
  DEACTIVATED,
  EXPIRED;

  public String wire() {
    return name().toLowerCase();
  }
}
