package com.bolloprint.workshop.support;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Signs internal JWTs the way the gateway does, with the test key under src/test/resources. */
public final class TestJwt {

  public static final String KID = "test-key-1";
  public static final String ISSUER = "bolloprint-gateway";
  public static final String AUDIENCE = "workshop-service";

  private static final PrivateKey KEY = load("/jwt/private-key.pem");
  private static final PrivateKey OTHER_KEY = load("/jwt/other-private-key.pem");

  private TestJwt() {}

  /** Claims of a valid token; callers change one thing and sign. */
  public static JwtClaimsBuilder claims(
      UUID tenant, String role, String actorType, UUID actorId, String actorName) {
    String prefix = "api_token".equals(actorType) ? "token:" : "user:";
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(prefix + actorId)
        .claim("tenant", tenant.toString())
        .groups(Set.of(role))
        .claim("actor_type", actorType)
        .claim("actor_name", actorName)
        .claim("jti", UUID.randomUUID().toString())
        .issuedAt(System.currentTimeMillis() / 1000)
        .expiresIn(60);
  }

  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId(KID).algorithm(SignatureAlgorithm.ES256).sign(KEY);
  }

  public static String signWithKid(JwtClaimsBuilder claims, String kid) {
    return claims.jws().keyId(kid).algorithm(SignatureAlgorithm.ES256).sign(KEY);
  }

  /** Signed by a key the service does not know, under the known kid. */
  public static String signWithOtherKey(JwtClaimsBuilder claims) {
    return claims.jws().keyId(KID).algorithm(SignatureAlgorithm.ES256).sign(OTHER_KEY);
  }

  private static PrivateKey load(String resource) {
    try (InputStream in = TestJwt.class.getResourceAsStream(resource)) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot read test key " + resource, e);
    }
  }
}
