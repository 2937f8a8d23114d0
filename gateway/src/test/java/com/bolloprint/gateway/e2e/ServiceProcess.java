package com.bolloprint.gateway.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code java -jar …/quarkus-run.jar}) started as a real process. */
final class ServiceProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path jar;
  private final int port;
  private final Map<String, String> env;
  private final List<String> properties;
  private final List<String> firstStartProperties;
  private final Path log;
  private Process process;
  private boolean started;

  /**
   * @param firstStartProperties system properties for the first start only (cleaning the database:
   *     a restart must find its data again)
   */
  ServiceProcess(
      String name,
      Path jar,
      int port,
      Map<String, String> env,
      List<String> properties,
      List<String> firstStartProperties) {
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.env = env;
    this.properties = properties;
    this.firstStartProperties = firstStartProperties;
    this.log = Path.of("target", "e2e", name + ".log");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  ServiceProcess start() {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath()
              + " is missing: build it first (the root `./mvnw verify` builds every module before"
              + " the gateway's end-to-end tests)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.addAll(properties);
    if (!started) {
      command.addAll(firstStartProperties);
    }
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  started
                      ? ProcessBuilder.Redirect.appendTo(log.toFile())
                      : ProcessBuilder.Redirect.to(log.toFile()));
      started = true;
      builder.environment().putAll(env);
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
  }

  void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start: see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<Void> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(200);
    }
    throw new IllegalStateException(
        name + " not ready in " + timeout + ": see " + log.toAbsolutePath());
  }

  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
