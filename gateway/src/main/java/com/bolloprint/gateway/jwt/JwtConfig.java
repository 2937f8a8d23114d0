package com.bolloprint.gateway.jwt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The internal JWT the gateway mints for the services, and its signing keys. */
@ConfigMapping(prefix = "gateway.jwt")
public interface JwtConfig {

  /** {@code iss} of every internal JWT (the services' {@code mp.jwt.verify.issuer}). */
  @WithDefault("bolloprint-gateway")
  String issuer();

  /** Lifetime of a minted JWT (never past the credential's own exp). */
  @WithDefault("60s")
  Duration lifetime();

  /** Fraction of the lifetime during which a minted JWT is reused for the same credential. */
  @WithDefault("0.5")
  double reuseFraction();

  /** Current signing key: EC P-256 private key, PKCS#8 PEM. */
  Optional<String> privateKey();

  /** Its public key, X.509 (SubjectPublicKeyInfo) PEM. Required with {@link #privateKey()}. */
  Optional<String> publicKey();

  /** {@code kid} of the current key; default: its RFC 7638 thumbprint. */
  Optional<String> keyId();

  /** The previous public key, still published in the JWKS during a rotation. */
  Optional<String> previousPublicKey();

  /** {@code kid} of the previous key; default: its thumbprint. */
  Optional<String> previousKeyId();

  /** With no configured key, generate one at start (dev and test only: replicas would differ). */
  @WithDefault("false")
  boolean generateKeyIfMissing();
}
