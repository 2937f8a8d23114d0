package com.bolloprint.gateway.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A credential that passed the local format check. {@link #hash()} (SHA-256, hex) is the only form
 * that may be used as a cache key or shown anywhere; {@link #toString()} never prints the secret.
 */
public final class Credential {

  private final CredentialKind kind;
  private final String secret;
  private final String hash;

  private Credential(CredentialKind kind, String secret) {
    this.kind = kind;
    this.secret = secret;
    this.hash = sha256(secret);
  }

  static Credential of(CredentialKind kind, String secret) {
    return new Credential(kind, secret);
  }

  public CredentialKind kind() {
    return kind;
  }

  /** The secret itself: only for the introspection call. */
  public String secret() {
    return secret;
  }

  public String hash() {
    return hash;
  }

  @Override
  public String toString() {
    return "Credential[" + kind + ", sha256=" + hash.substring(0, 12) + "…]";
  }

  static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
