package com.bolloprint.gateway.introspection;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The one way out to token-service's internal endpoints (introspection and the revocation stream).
 * Owns the outbound policy: the gateway's credentials, a timeout on every call, a retry after a
 * connection failure, and a circuit breaker so that an outage costs introspection callers nothing
 * but a fast {@link TokenServiceUnavailableException}.
 */
@ApplicationScoped
public class TokenServiceClient {

  private static final Logger LOG = Logger.getLogger(TokenServiceClient.class);

  private final TokenServiceConfig config;
  private final HttpClient client;
  private final HttpClient streamClient;
  private final CircuitBreaker breaker;
  private final String authorization;

  public TokenServiceClient(TokenServiceConfig config, Vertx vertx) {
    this.config = config;
    int timeoutMs = (int) config.timeout().toMillis();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout(timeoutMs)
                .setKeepAlive(true)
                .setMaxPoolSize(32));
    this.streamClient =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(timeoutMs).setKeepAlive(false));
    this.breaker =
        new CircuitBreaker(
            config.circuitFailureThreshold(),
            config.circuitOpenDuration().toNanos(),
            System::nanoTime);
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (config.clientId() + ":" + config.clientSecret())
                        .getBytes(StandardCharsets.UTF_8));
  }

  /** Introspects a credential; fails with {@link TokenServiceUnavailableException} only. */
  public Uni<Introspection> introspect(String credential) {
    if (!breaker.allow()) {
      return Uni.createFrom()
          .failure(new TokenServiceUnavailableException("token-service circuit is open"));
    }
    Future<Introspection> call =
        attempt(credential)
            .recover(e -> isConnectFailure(e) ? retry(credential, config.retries(), e) : fail(e));
    return Uni.createFrom()
        .completionStage(call.toCompletionStage())
        .onItem()
        .invoke(breaker::onSuccess)
        .onFailure()
        .transform(
            e -> {
              breaker.onFailure();
              LOG.debugf("introspection failed: %s", e.toString());
              return e instanceof TokenServiceUnavailableException
                  ? e
                  : new TokenServiceUnavailableException("token-service did not answer");
            });
  }

  /**
   * Opens token-service's revocation stream ({@code GET /internal/events}, SSE), resuming after
   * {@code lastEventId} when not null. The caller reads the response and reconnects on its end.
   */
  public Future<HttpClientResponse> openEventStream(String lastEventId, Duration idleTimeout) {
    URI url = config.url();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(url.getHost())
            .setPort(port(url))
            .setSsl("https".equalsIgnoreCase(url.getScheme()))
            .setURI(path(url) + "/internal/events")
            .setIdleTimeout(idleTimeout.toMillis())
            .putHeader(HttpHeaders.AUTHORIZATION, authorization)
            .putHeader(HttpHeaders.ACCEPT, "text/event-stream");
    if (lastEventId != null) {
      options.putHeader("Last-Event-ID", lastEventId);
    }
    return streamClient
        .request(options)
        .compose(HttpClientRequest::send)
        .compose(
            response -> {
              if (response.statusCode() == 200) {
                return Future.succeededFuture(response);
              }
              response.request().connection().close();
              return Future.failedFuture(
                  new TokenServiceUnavailableException(
                      "event stream answered " + response.statusCode()));
            });
  }

  @PreDestroy
  void close() {
    client.close();
    streamClient.close();
  }

  private Future<Introspection> retry(String credential, int left, Throwable last) {
    if (left <= 0) {
      return Future.failedFuture(last);
    }
    return attempt(credential)
        .recover(e -> isConnectFailure(e) ? retry(credential, left - 1, e) : fail(e));
  }

  private Future<Introspection> attempt(String credential) {
    URI url = config.url();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(url.getHost())
            .setPort(port(url))
            .setSsl("https".equalsIgnoreCase(url.getScheme()))
            .setURI(path(url) + "/internal/introspect")
            .setIdleTimeout(config.timeout().toMillis())
            .putHeader(HttpHeaders.AUTHORIZATION, authorization)
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
            .putHeader(HttpHeaders.ACCEPT, "application/json");
    Buffer body =
        Buffer.buffer("token=" + URLEncoder.encode(credential, StandardCharsets.US_ASCII));
    return client
        .request(options)
        .compose(request -> request.send(body))
        .compose(
            response -> {
              if (response.statusCode() != 200) {
                if (response.statusCode() == 401) {
                  LOG.error("token-service refused the gateway's credentials (check the secret)");
                }
                return response
                    .body()
                    .compose(
                        ignored ->
                            Future.failedFuture(
                                new TokenServiceUnavailableException(
                                    "introspection answered " + response.statusCode())));
              }
              return response.body().map(b -> Introspection.fromJson(new JsonObject(b)));
            });
  }

  private static <T> Future<T> fail(Throwable e) {
    return Future.failedFuture(e);
  }

  private static boolean isConnectFailure(Throwable e) {
    return e instanceof ConnectException
        || (e.getCause() != null && e.getCause() instanceof ConnectException);
  }

  public static int port(URI url) {
    if (url.getPort() > 0) {
      return url.getPort();
    }
    return "https".equals(url.getScheme()) ? 443 : 80;
  }

  public static String path(URI url) {
    String path = url.getPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
  }
}
