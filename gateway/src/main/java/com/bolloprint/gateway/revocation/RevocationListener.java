package com.bolloprint.gateway.revocation;

import com.bolloprint.gateway.introspection.IntrospectionCache;
import com.bolloprint.gateway.introspection.TokenServiceClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Subscribes to token-service's revocation stream at start and evicts the cache entries each event
 * names. Reconnects with exponential backoff and {@code Last-Event-ID}, so a restart of
 * token-service loses no event; while the stream is down, {@link RevocationState} limits how long
 * the cache is trusted.
 */
@ApplicationScoped
public class RevocationListener {

  private static final Logger LOG = Logger.getLogger(RevocationListener.class);

  private final Vertx vertx;
  private final RevocationConfig config;
  private final TokenServiceClient tokenService;
  private final RevocationState state;
  private final IntrospectionCache cache;
  private final Clock clock;
  private volatile boolean stopped;
  private volatile String lastEventId;
  private long backoffMs;

  public RevocationListener(
      Vertx vertx,
      RevocationConfig config,
      TokenServiceClient tokenService,
      RevocationState state,
      IntrospectionCache cache,
      Clock clock) {
    this.vertx = vertx;
    this.config = config;
    this.tokenService = tokenService;
    this.state = state;
    this.cache = cache;
    this.clock = clock;
    this.backoffMs = config.backoffInitial().toMillis();
  }

  void onStart(@Observes StartupEvent event) {
    if (config.enabled()) {
      connect();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stopped = true;
  }

  /** The id of the last event applied (for tests and diagnostics). */
  public String lastEventId() {
    return lastEventId;
  }

  private void connect() {
    if (stopped) {
      return;
    }
    AtomicBoolean closed = new AtomicBoolean();
    tokenService
        .openEventStream(lastEventId, config.idleTimeout())
        .onSuccess(response -> listen(response, closed))
        .onFailure(
            e -> {
              LOG.debugf("revocation stream not opened: %s", e.getMessage());
              lost(closed);
            });
  }

  private void listen(HttpClientResponse response, AtomicBoolean closed) {
    SseParser parser = new SseParser(this::onEvent);
    response.handler(parser::feed);
    response.endHandler(v -> lost(closed));
    response.exceptionHandler(e -> lost(closed));
  }

  private void onEvent(SseParser.Event event) {
    switch (event.event()) {
      case "ready" -> {
        if (lastEventId == null && event.id() != null && !event.id().isBlank()) {
          lastEventId = event.id();
        }
        if (!state.connected()) {
          LOG.infof("revocation stream connected (last event id %s)", lastEventId);
        }
        state.markConnected();
        backoffMs = config.backoffInitial().toMillis();
      }
      case "revocation" -> {
        RevocationEvent revocation;
        try {
          revocation = RevocationEvent.fromJson(new JsonObject(event.data()));
        } catch (RuntimeException e) {
          LOG.warn("unreadable revocation event: evicting the whole cache");
          cache.evictAll();
          return;
        }
        int evicted = cache.evict(revocation.affects());
        LOG.debugf(
            "revocation %d %s: %d cache entries evicted",
            (Object) revocation.id(), revocation.type(), evicted);
        advance(event.id() != null ? event.id() : Long.toString(revocation.id()));
      }
      default -> {
        // unknown events are ignored
      }
    }
  }

  private void advance(String id) {
    try {
      if (lastEventId == null || Long.parseLong(id) > Long.parseLong(lastEventId)) {
        lastEventId = id;
      }
    } catch (NumberFormatException e) {
      lastEventId = id;
    }
  }

  private void lost(AtomicBoolean closed) {
    if (!closed.compareAndSet(false, true) || stopped) {
      return;
    }
    if (state.connected()) {
      LOG.warn("revocation stream lost: reconnecting");
    }
    state.markDisconnected(clock.instant());
    long delay = backoffMs;
    backoffMs = Math.min(backoffMs * 2, config.backoffMax().toMillis());
    vertx.setTimer(Math.max(1, delay), id -> connect());
  }
}
