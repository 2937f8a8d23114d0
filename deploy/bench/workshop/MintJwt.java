import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

/**
 * Benchmark helper, JDK only (run as `java MintJwt.java DIR SECONDS TENANT...`): makes a fresh EC
 * P-256 key, writes DIR/jwks.json for workshop-service to trust, and prints one internal JWT per
 * tenant, one a line, shaped like the gateway's (ES256, kid, iss, aud, sub, tenant, groups,
 * actor_type, actor_name, jti) and valid for SECONDS.
 * The key lives only for the benchmark run; nothing secret is written outside DIR.
 */
public class MintJwt {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long lifetime = Long.parseLong(args[1]);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    String kid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String jwks =
        "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"use\":\"sig\",\"alg\":\"ES256\",\"kid\":\""
            + kid + "\",\"x\":\"" + coordinate(pub.getW().getAffineX()) + "\",\"y\":\""
            + coordinate(pub.getW().getAffineY()) + "\"}]}";
    Files.writeString(dir.resolve("jwks.json"), jwks);

    for (int i = 2; i < args.length; i++) {
      System.out.println(token(pair, kid, args[i], lifetime));
    }
  }

  private static String token(KeyPair pair, String kid, String tenant, long lifetime)
      throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
    String claims =
        "{\"iss\":\"bolloprint-gateway\",\"aud\":\"workshop-service\",\"sub\":\"token:"
            + UUID.randomUUID() + "\",\"tenant\":\"" + tenant + "\",\"groups\":[\"admin\"],"
            + "\"actor_type\":\"api_token\",\"actor_name\":\"Benchmark\",\"jti\":\""
            + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + lifetime) + "}";
    String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(pair.getPrivate());
    signer.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64(signer.sign());
  }

  private static String coordinate(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] fixed = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
    return b64(fixed);
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
