package com.bolloprint.gateway.introspection;

import com.bolloprint.gateway.credential.Credential;
import com.bolloprint.gateway.revocation.RevocationState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Introspection through a cache. Key = SHA-256 of the credential. An entry is served while fresh
 * (TTL, never past exp) and while the revocation stream can be trusted; concurrent misses for one
 * key share a single call; when token-service is down, an active entry keeps working until its
 * outage grace runs out, and an unknown credential fails with {@link
 * TokenServiceUnavailableException}.
 */
@ApplicationScoped
public class IntrospectionCache {

  private final CaffeineCache cache;
  private final TokenServiceClient client;
  private final GatewayCacheConfig config;
  private final RevocationState revocation;
  private final Clock clock;
  private final ConcurrentMap<String, Uni<CacheEntry>> inflight = new ConcurrentHashMap<>();
  private final AtomicLong evictions = new AtomicLong();
  private final Counter degraded;
  private final Counter calls;

  public IntrospectionCache(
      @CacheName("introspection") Cache cache,
      TokenServiceClient client,
      GatewayCacheConfig config,
      RevocationState revocation,
      Clock clock,
      MeterRegistry registry) {
    this.cache = cache.as(CaffeineCache.class);
    this.client = client;
    this.config = config;
    this.revocation = revocation;
    this.clock = clock;
    Duration keep =
        config.ttl().compareTo(config.outageGrace()) > 0 ? config.ttl() : config.outageGrace();
    this.cache.setExpireAfterWrite(keep);
    this.cache.setMaximumSize(config.maxSize());
    this.degraded =
        Counter.builder("gateway.introspection.outage.served")
            .description("Requests served from cache because token-service could not be asked")
            .register(registry);
    this.calls =
        Counter.builder("gateway.introspection.calls")
            .description("Introspection calls made to token-service")
            .register(registry);
  }

  /** The entry for a credential: active or not; fails only when token-service cannot answer. */
  public Uni<CacheEntry> lookup(Credential credential) {
    if (!config.enabled()) {
      calls.increment();
      return client.introspect(credential.secret()).map(i -> entry(i, clock.instant()));
    }
    String key = credential.hash();
    CacheEntry cached = peek(key);
    Instant now = clock.instant();
    // a revocation can only make a credential inactive: a negative entry needs no live stream
    if (cached != null
        && cached.isFresh(now)
        && (!cached.introspection().active() || revocation.trustsCache(now))) {
      return Uni.createFrom().item(cached);
    }
    Context caller = Vertx.currentContext();
    Uni<CacheEntry> loaded =
        singleFlight(key, credential)
            // the answer may arrive on another request's event loop: hop back to ours
            .emitOn(task -> runOn(caller, task));
    return loaded
        .onFailure(TokenServiceUnavailableException.class)
        .recoverWithUni(
            e -> {
              if (cached != null && cached.usableDuringOutage(clock.instant())) {
                degraded.increment();
                return Uni.createFrom().item(cached);
              }
              return Uni.createFrom().failure(e);
            });
  }

  /** Drops every entry whose introspection matches (a revocation event). */
  public int evict(Predicate<Introspection> matches) {
    evictions.incrementAndGet();
    int evicted = 0;
    for (Object key : cache.keySet()) {
      CacheEntry entry = completed(cache.getIfPresent(key));
      if (entry != null && matches.test(entry.introspection())) {
        cache.invalidate(key).subscribe().with(ignored -> {});
        evicted++;
      }
    }
    return evicted;
  }

  /** Drops everything (a replay gap we cannot close). */
  public void evictAll() {
    evictions.incrementAndGet();
    cache.invalidateAll().subscribe().with(ignored -> {});
  }

  private Uni<CacheEntry> singleFlight(String key, Credential credential) {
    return Uni.createFrom()
        .deferred(() -> inflight.computeIfAbsent(key, k -> load(k, credential.secret())));
  }

  private Uni<CacheEntry> load(String key, String secret) {
    long epoch = evictions.get();
    AtomicReference<Uni<CacheEntry>> self = new AtomicReference<>();
    self.set(
        Uni.createFrom()
            .deferred(
                () -> {
                  calls.increment();
                  return client.introspect(secret);
                })
            .map(introspection -> store(key, introspection, epoch))
            .onTermination()
            .invoke(() -> inflight.remove(key, self.get()))
            .memoize()
            .indefinitely());
    return self.get();
  }

  private CacheEntry store(String key, Introspection introspection, long epoch) {
    CacheEntry entry = entry(introspection, clock.instant());
    // A revocation seen while this call was in flight may concern it: use the answer once only.
    if (evictions.get() == epoch) {
      cache.put(key, CompletableFuture.completedFuture(entry));
    }
    return entry;
  }

  private CacheEntry entry(Introspection introspection, Instant now) {
    if (!introspection.isUsable()) {
      // inactive is final (deactivated, deleted, expired, unknown): it may stand in during outages
      return new CacheEntry(
          Introspection.INACTIVE,
          now,
          now.plus(config.negativeTtl()),
          now.plus(config.outageGrace()));
    }
    Instant fresh = min(now.plus(config.ttl()), introspection.exp());
    Instant grace = min(now.plus(config.outageGrace()), introspection.exp());
    return new CacheEntry(introspection, now, fresh, grace);
  }

  private CacheEntry peek(String key) {
    return completed(cache.getIfPresent(key));
  }

  private static CacheEntry completed(CompletableFuture<Object> future) {
    if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
      return null;
    }
    return (CacheEntry) future.getNow(null);
  }

  private static void runOn(Context context, Runnable task) {
    if (context == null) {
      task.run();
    } else {
      context.runOnContext(ignored -> task.run());
    }
  }

  private static Instant min(Instant a, Instant b) {
    return b == null || a.isBefore(b) ? a : b;
  }
}
