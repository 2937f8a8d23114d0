package com.bolloprint.gateway.e2e;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as real processes on loopback, started once for every end-to-end test: two
 * token-service replicas on the e2e tokens database, one workshop-service on the e2e workshop
 * database, and two gateway replicas (the packaged jar of this module) sharing one signing key.
 * gateway 1 → token-service A, gateway 2 → token-service B; both → the workshop-service. The
 * services verify JWTs against gateway 1's JWKS.
 */
public final class E2eCluster implements ExtensionContext.Store.CloseableResource {

  static final String SECRET = "e2e-internal-secret";
  static final String TOKENS_DB = "bolloprint_e2e_tokens";
  static final String WORKSHOP_DB = "bolloprint_e2e_workshop";
  private static final Duration START = Duration.ofSeconds(120);
  private static E2eCluster instance;

  final ServiceProcess tokenA;
  final ServiceProcess tokenB;
  final ServiceProcess workshop;
  final ServiceProcess gateway1;
  final ServiceProcess gateway2;
  private final List<ServiceProcess> all = new ArrayList<>();

  private E2eCluster() {
    Path root = Path.of("..");
    Path tokenJar =
        Path.of(
            System.getProperty(
                "e2e.token-service.jar",
                root.resolve("token-service/target/quarkus-app/quarkus-run.jar").toString()));
    Path workshopJar =
        Path.of(
            System.getProperty(
                "e2e.workshop-service.jar",
                root.resolve("workshop-service/target/quarkus-app/quarkus-run.jar").toString()));
    Path gatewayJar = Path.of("target/quarkus-app/quarkus-run.jar");
    int g1 = ServiceProcess.freePort();
    int g2 = ServiceProcess.freePort();
    int ta = ServiceProcess.freePort();
    int tb = ServiceProcess.freePort();
    int w = ServiceProcess.freePort();
    String jwks = "http://127.0.0.1:" + g1 + "/.well-known/jwks.json";

    tokenA =
        new ServiceProcess("token-service-a", tokenJar, ta, tokenEnv(jwks), List.of(), clean());
    tokenB =
        new ServiceProcess("token-service-b", tokenJar, tb, tokenEnv(jwks), List.of(), List.of());
    Map<String, String> workshopEnv = new HashMap<>();
    workshopEnv.put("DB_REACTIVE_URL", "postgresql://127.0.0.1:5432/" + WORKSHOP_DB);
    workshopEnv.put("DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + WORKSHOP_DB);
    workshopEnv.put("DB_USERNAME", "bolloprint");
    workshopEnv.put("DB_PASSWORD", "bolloprint");
    workshopEnv.put("JWT_JWKS_URL", jwks);
    workshop =
        new ServiceProcess("workshop-service", workshopJar, w, workshopEnv, List.of(), clean());

    KeyPair key = signingKey();
    List<String> debugRevocation =
        List.of("-Dquarkus.log.category.\"com.bolloprint.gateway.revocation\".level=DEBUG");
    gateway1 =
        new ServiceProcess(
            "gateway-1", gatewayJar, g1, gatewayEnv(key, ta, w), debugRevocation, List.of());
    gateway2 =
        new ServiceProcess(
            "gateway-2", gatewayJar, g2, gatewayEnv(key, tb, w), debugRevocation, List.of());
  }

  static synchronized E2eCluster get() {
    if (instance == null) {
      E2eCluster cluster = new E2eCluster();
      cluster.startAll();
      instance = cluster;
    }
    return instance;
  }

  private void startAll() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    // A migrates (and cleans) the tokens database before its replica B starts
    start(tokenA);
    List<CompletableFuture<Void>> rest = new ArrayList<>();
    for (ServiceProcess service : List.of(tokenB, workshop, gateway1, gateway2)) {
      service.start();
      all.add(service);
      rest.add(CompletableFuture.runAsync(() -> service.awaitReady(START)));
    }
    rest.forEach(CompletableFuture::join);
  }

  void start(ServiceProcess service) {
    service.start();
    if (!all.contains(service)) {
      all.add(service);
    }
    service.awaitReady(START);
  }

  @Override
  public synchronized void close() {
    for (int i = all.size() - 1; i >= 0; i--) {
      all.get(i).stop();
    }
  }

  private static Map<String, String> tokenEnv(String jwks) {
    Map<String, String> env = new HashMap<>();
    env.put("DB_NAME", TOKENS_DB);
    env.put("DB_USER", "bolloprint");
    env.put("DB_PASSWORD", "bolloprint");
    env.put("INTERNAL_CLIENT_SECRET", SECRET);
    env.put("JWT_JWKS_URL", jwks);
    env.put("SESSION_SECURE_COOKIE", "false");
    env.put("BCRYPT_COST", "4");
    return env;
  }

  private static Map<String, String> gatewayEnv(KeyPair key, int tokenPort, int workshopPort) {
    Map<String, String> env = new HashMap<>();
    env.put("TOKEN_SERVICE_URL", "http://127.0.0.1:" + tokenPort);
    env.put("WORKSHOP_SERVICE_URL", "http://127.0.0.1:" + workshopPort);
    env.put("INTERNAL_CLIENT_SECRET", SECRET);
    env.put("GATEWAY_JWT_PRIVATE_KEY", pem("PRIVATE KEY", key.getPrivate().getEncoded()));
    env.put("GATEWAY_JWT_PUBLIC_KEY", pem("PUBLIC KEY", key.getPublic().getEncoded()));
    return env;
  }

  private static List<String> clean() {
    return List.of("-Dquarkus.flyway.clean-disabled=false", "-Dquarkus.flyway.clean-at-start=true");
  }

  private static KeyPair signingKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
