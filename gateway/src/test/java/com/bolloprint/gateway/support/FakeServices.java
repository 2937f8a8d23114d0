package com.bolloprint.gateway.support;

import com.bolloprint.gateway.credential.CredentialFormat;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tiny in-process stand-ins for token-service (introspection + event stream + an echo of proxied
 * routes) and workshop-service (an echo). Used ONLY by the unit-level {@code *Test} classes to
 * drive cache, single-flight, outage and header behaviour deterministically; the real services are
 * exercised by the {@code *IT} end-to-end tests.
 */
public final class FakeServices {

  public static final int TOKEN_PORT = 18481;
  public static final int WORKSHOP_PORT = 18482;
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static Vertx vertx;
  private static HttpServer tokenServer;
  private static HttpServer workshopServer;
  private static final Map<String, JsonObject> ANSWERS = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static final List<HttpServerResponse> STREAMS = new CopyOnWriteArrayList<>();
  private static final AtomicLong EVENT_IDS = new AtomicLong();
  public static volatile long introspectDelayMs;
  public static volatile String lastEventIdSeen;

  private FakeServices() {}

  public static synchronized void ensureStarted() {
    if (vertx == null) {
      vertx = Vertx.vertx();
      startTokenService();
      startWorkshopService();
    }
  }

  public static synchronized void startTokenService() {
    tokenServer = listen(FakeServices::tokenService, TOKEN_PORT);
  }

  public static synchronized void stopTokenService() {
    STREAMS.forEach(r -> r.reset());
    STREAMS.clear();
    await(tokenServer.close().toCompletionStage().toCompletableFuture());
  }

  public static synchronized void startWorkshopService() {
    workshopServer = listen(r -> echo(r, "workshop-service"), WORKSHOP_PORT);
  }

  public static synchronized void stopWorkshopService() {
    await(workshopServer.close().toCompletionStage().toCompletableFuture());
  }

  /** Registers an active API token and returns the key. */
  public static String activeToken(String sub, String role, String name, Instant exp) {
    String token = newApiToken();
    JsonObject answer =
        new JsonObject()
            .put("active", true)
            .put("token_type", "api_token")
            .put("sub", sub)
            .put("tenant", UUID.randomUUID().toString())
            .put("role", role)
            .put("name", name)
            .put("iat", Instant.now().getEpochSecond());
    if (exp != null) {
      answer.put("exp", exp.getEpochSecond());
    }
    ANSWERS.put(token, answer);
    return token;
  }

  /** Registers an active session and returns the cookie value. */
  public static String activeSession(String sub, String sid) {
    StringBuilder value = new StringBuilder(CredentialFormat.SESSION_PREFIX);
    for (int i = 0; i < 40; i++) {
      value.append(BASE62.charAt(RANDOM.nextInt(62)));
    }
    ANSWERS.put(
        value.toString(),
        new JsonObject()
            .put("active", true)
            .put("token_type", "session")
            .put("sub", sub)
            .put("sid", sid)
            .put("tenant", UUID.randomUUID().toString())
            .put("role", "owner")
            .put("name", "Olga Owner")
            .put("iat", Instant.now().getEpochSecond()));
    return value.toString();
  }

  public static void deactivate(String token) {
    ANSWERS.put(token, new JsonObject().put("active", false));
  }

  /** A well-formed key (right checksum) that token-service does not know. */
  public static String newApiToken() {
    StringBuilder body = new StringBuilder(CredentialFormat.API_TOKEN_PREFIX);
    for (int i = 0; i < 30; i++) {
      body.append(BASE62.charAt(RANDOM.nextInt(62)));
    }
    return body + CredentialFormat.checksum(body.toString());
  }

  public static int calls(String token) {
    return CALLS.computeIfAbsent(token, t -> new AtomicInteger()).get();
  }

  /** The id of the last event published. */
  public static long lastEventId() {
    return EVENT_IDS.get();
  }

  public static int openStreams() {
    return STREAMS.size();
  }

  /** Pushes a revocation event to every subscribed gateway. */
  public static void publish(String type, String sub, String sid) {
    long id = EVENT_IDS.incrementAndGet();
    JsonObject data =
        new JsonObject()
            .put("id", id)
            .put("type", type)
            .put("tenant", UUID.randomUUID().toString())
            .put("sub", sub)
            .put("sid", sid)
            .put("at", Instant.now().toString());
    String frame = "event: revocation\nid: " + id + "\ndata: " + data.encode() + "\n\n";
    STREAMS.forEach(r -> r.write(frame));
  }

  private static void tokenService(HttpServerRequest request) {
    String path = request.path();
    if (path.startsWith("/internal/")) {
      String expected =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString("gateway:dev-internal-secret".getBytes());
      if (!expected.equals(request.getHeader("Authorization"))) {
        request.response().setStatusCode(401).end();
        return;
      }
    }
    if (path.equals("/internal/introspect")) {
      request.setExpectMultipart(true);
      request.endHandler(
          v -> {
            String token = request.getFormAttribute("token");
            CALLS.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
            JsonObject answer = ANSWERS.getOrDefault(token, new JsonObject().put("active", false));
            Runnable respond =
                () ->
                    request
                        .response()
                        .putHeader("Content-Type", "application/json")
                        .end(answer.encode());
            if (introspectDelayMs > 0) {
              vertx.setTimer(introspectDelayMs, id -> respond.run());
            } else {
              respond.run();
            }
          });
      return;
    }
    if (path.equals("/internal/events")) {
      lastEventIdSeen = request.getHeader("Last-Event-ID");
      HttpServerResponse response = request.response();
      response.setChunked(true).putHeader("Content-Type", "text/event-stream");
      response.write("event: ready\nid: " + EVENT_IDS.get() + "\ndata: {}\n\n");
      STREAMS.add(response);
      response.closeHandler(v -> STREAMS.remove(response));
      return;
    }
    echo(request, "token-service");
  }

  private static void echo(HttpServerRequest request, String service) {
    request
        .body()
        .onSuccess(
            body -> {
              JsonObject headers = new JsonObject();
              request
                  .headers()
                  .forEach(
                      h -> {
                        String name = h.getKey().toLowerCase();
                        String prior = headers.getString(name);
                        headers.put(
                            name, prior == null ? h.getValue() : prior + "," + h.getValue());
                      });
              Runnable respond =
                  () ->
                      request
                          .response()
                          .putHeader("Content-Type", "application/json")
                          .end(
                              new JsonObject()
                                  .put("service", service)
                                  .put("method", request.method().name())
                                  .put("uri", request.uri())
                                  .put("body", body.toString())
                                  .put("headers", headers)
                                  .encode());
              if (request.path().equals("/api/slow")) {
                vertx.setTimer(3000, id -> respond.run());
              } else {
                respond.run();
              }
            });
  }

  private static HttpServer listen(io.vertx.core.Handler<HttpServerRequest> handler, int port) {
    return await(
        vertx
            .createHttpServer()
            .requestHandler(handler)
            .listen(port, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture());
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
