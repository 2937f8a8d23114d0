package com.bolloprint.token.support;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Signs internal JWTs the way the gateway does, with the test key the service trusts. */
public final class TestJwt {
  public static final PrivateKey KEY = load("test-private-key.pem");
  public static final PrivateKey OTHER_KEY = load("other-private-key.pem");

  private TestJwt() {}

  public static String person(UUID workshop, UUID member, String role, String name) {
    return sign(claims(workshop, "user:" + member, role, "user", name), KEY, "test-key");
  }

  public static String apiToken(UUID workshop, UUID token, String role, String name) {
    return sign(claims(workshop, "token:" + token, role, "api_token", name), KEY, "test-key");
  }

  public static JwtClaimsBuilder claims(
      UUID workshop, String sub, String role, String actorType, String name) {
    Instant now = Instant.now();
    return Jwt.issuer("bolloprint-gateway")
        .audience("token-service")
        .subject(sub)
        .claim("tenant", workshop.toString())
        .groups(Set.of(role))
        .claim("actor_type", actorType)
        .claim("actor_name", name)
        .claim("jti", UUID.randomUUID().toString())
        .issuedAt(now)
        .expiresAt(now.plusSeconds(60));
  }

  public static String sign(JwtClaimsBuilder claims, PrivateKey key, String kid) {
    return claims.jws().keyId(kid).algorithm(SignatureAlgorithm.ES256).sign(key);
  }

  private static PrivateKey load(String resource) {
    try (InputStream in = TestJwt.class.getClassLoader().getResourceAsStream(resource)) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
