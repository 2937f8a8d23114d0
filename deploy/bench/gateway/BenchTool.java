// Helper of deploy/bench/gateway.sh, run as a single-file program (`java BenchTool.java ...`),
// JDK only. Subcommands:
//   keygen DIR                         writes DIR/private.pem (PKCS#8) and DIR/public.pem (EC P-256)
//   mint DIR SUB TENANT ROLE NAME AUD  prints an internal JWT (ES256, 1 h) signed with DIR's key,
//                                      for the direct and nginx baselines
//   revocation GW_A GW_B COOKIE TRIALS  creates a token per trial through GW_A, warms both gateways,
//                                      deactivates it through GW_A and measures how long until
//                                      both gateways refuse it; prints p50/p99/max in ms
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class BenchTool {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "keygen" -> keygen(Path.of(args[1]));
      case "mint" -> System.out.println(mint(Path.of(args[1]), args[2], args[3], args[4], args[5], args[6]));
      case "revocation" -> revocation(args[1], args[2], args[3], Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void keygen(Path dir) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  static String mint(Path dir, String sub, String tenant, String role, String name, String aud)
      throws Exception {
    PrivateKey key =
        KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(dir.resolve("private.pem"))));
    ECPublicKey pub =
        (ECPublicKey)
            KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(dir.resolve("public.pem"))));
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + thumbprint(pub) + "\"}";
    String claims =
        "{\"iss\":\"bolloprint-gateway\",\"aud\":\"" + aud + "\",\"sub\":\"" + sub
            + "\",\"tenant\":\"" + tenant + "\",\"groups\":[\"" + role + "\"],"
            + "\"actor_type\":\"api_token\",\"actor_name\":\"" + name + "\",\"jti\":\""
            + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
    String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
    Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
    signature.initSign(key);
    signature.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64(signature.sign());
  }

  /** RFC 7638 thumbprint: the gateway's default kid for a configured key. */
  static String thumbprint(ECPublicKey pub) throws Exception {
    String json =
        "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + b64(coordinate(pub.getW().getAffineX()))
            + "\",\"y\":\"" + b64(coordinate(pub.getW().getAffineY())) + "\"}";
    return b64(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
  }

  static void revocation(String a, String b, String cookie, int trials) throws Exception {
    List<Double> delays = new ArrayList<>();
    for (int i = 0; i < trials; i++) {
      String created =
          send(a, "POST", "/api/tokens", null, cookie,
              "{\"name\":\"rev-" + UUID.randomUUID() + "\",\"role\":\"viewer\",\"expiresIn\":\"1w\"}").body();
      String id = field(created, "id");
      String key = field(created, "token");
      for (String gw : List.of(a, b)) {
        int status = send(gw, "GET", "/api/products?limit=1", key, null, null).statusCode();
        if (status != 200) {
          throw new IllegalStateException("warm-up got " + status);
        }
      }
      long start = System.nanoTime();
      int deactivated = send(a, "POST", "/api/tokens/" + id + "/deactivate", null, cookie, "{}").statusCode();
      if (deactivated != 200) {
        throw new IllegalStateException("deactivate got " + deactivated);
      }
      boolean aRefuses = false;
      boolean bRefuses = false;
      long deadline = start + Duration.ofSeconds(5).toNanos();
      while (!(aRefuses && bRefuses) && System.nanoTime() < deadline) {
        aRefuses = aRefuses || send(a, "GET", "/api/products?limit=1", key, null, null).statusCode() == 401;
        bRefuses = bRefuses || send(b, "GET", "/api/products?limit=1", key, null, null).statusCode() == 401;
      }
      if (!(aRefuses && bRefuses)) {
        throw new IllegalStateException("trial " + i + ": still accepted after 5 s");
      }
      delays.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(delays);
    System.out.printf(
        "revocation trials=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
        trials, pct(delays, 50), pct(delays, 99), delays.get(delays.size() - 1));
  }

  static HttpResponse<String> send(String base, String method, String path, String key, String cookie, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(5))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (cookie != null) {
      request.header("Cookie", "bp_session=" + cookie).header("X-Requested-With", "bench");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static double pct(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static byte[] coordinate(java.math.BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  static byte[] der(Path pem) throws Exception {
    return Base64.getDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
