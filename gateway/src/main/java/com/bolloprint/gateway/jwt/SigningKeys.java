package com.bolloprint.gateway.jwt;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The gateway's signing keys: the current EC P-256 key pair, and the previous public key kept in
 * the JWKS during a rotation. Loaded from PEM config (a mounted Secret); generated at start only
 * when {@code gateway.jwt.generate-key-if-missing} allows it (dev, test).
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class);

  private final PrivateKey privateKey;
  private final String keyId;
  private final String jwks;

  public SigningKeys(JwtConfig config) {
    KeyPair current = currentKeyPair(config);
    this.privateKey = current.getPrivate();
    List<JsonWebKey> keys = new ArrayList<>();
    PublicJsonWebKey currentJwk = jwk(current.getPublic(), config.keyId());
    this.keyId = currentJwk.getKeyId();
    keys.add(currentJwk);
    config
        .previousPublicKey()
        .map(pem -> jwk(publicKey(pem), config.previousKeyId()))
        .filter(previous -> !previous.getKeyId().equals(keyId))
        .ifPresent(keys::add);
    this.jwks = new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public String keyId() {
    return keyId;
  }

  /** The JWKS document served at {@code /.well-known/jwks.json}. */
  public String jwks() {
    return jwks;
  }

  private static KeyPair currentKeyPair(JwtConfig config) {
    if (config.privateKey().isPresent()) {
      String publicPem =
          config
              .publicKey()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "gateway.jwt.public-key is required with gateway.jwt.private-key"));
      return new KeyPair(publicKey(publicPem), privateKey(config.privateKey().get()));
    }
    if (!config.generateKeyIfMissing()) {
      throw new IllegalStateException(
          "No signing key: set gateway.jwt.private-key and gateway.jwt.public-key"
              + " (env GATEWAY_JWT_PRIVATE_KEY, GATEWAY_JWT_PUBLIC_KEY)");
    }
    LOG.warn("No signing key configured: generated one (fine for dev and tests only)");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate an EC key", e);
    }
  }

  private static PublicJsonWebKey jwk(PublicKey key, Optional<String> keyId) {
    try {
      PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
      jwk.setKeyId(keyId.orElse(jwk.calculateBase64urlEncodedThumbprint("SHA-256")));
      jwk.setAlgorithm("ES256");
      jwk.setUse("sig");
      return jwk;
    } catch (JoseException e) {
      throw new IllegalStateException("Unusable public key", e);
    }
  }

  static PrivateKey privateKey(String pem) {
    try {
      return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("gateway.jwt.private-key is not an EC PKCS#8 PEM key", e);
    }
  }

  static PublicKey publicKey(String pem) {
    try {
      return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A configured public key is not an EC X.509 PEM key", e);
    }
  }

  private static byte[] der(String pem) {
    String base64 =
        pem.replace("\\n", "\n").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
