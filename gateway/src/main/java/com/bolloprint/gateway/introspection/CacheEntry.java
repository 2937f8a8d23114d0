package com.bolloprint.gateway.introspection;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One introspected credential, keyed in the cache by the SHA-256 of the credential. Holds the
 * internal JWTs minted for it (one per audience) so that an eviction drops them too.
 */
public final class CacheEntry {

  private final Introspection introspection;
  private final Instant fetchedAt;
  private final Instant freshUntil;
  private final Instant graceUntil;
  private final ConcurrentMap<String, Object> minted = new ConcurrentHashMap<>(4);

  CacheEntry(
      Introspection introspection, Instant fetchedAt, Instant freshUntil, Instant graceUntil) {
    this.introspection = introspection;
    this.fetchedAt = fetchedAt;
    this.freshUntil = freshUntil;
    this.graceUntil = graceUntil;
  }

  public Introspection introspection() {
    return introspection;
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }

  boolean isFresh(Instant now) {
    return now.isBefore(freshUntil);
  }

  /** Whether this answer may stand in for one token-service cannot give right now. */
  boolean usableDuringOutage(Instant now) {
    return now.isBefore(graceUntil);
  }

  /** Per-audience slot for whatever the JWT minter keeps (an already signed token). */
  public ConcurrentMap<String, Object> minted() {
    return minted;
  }
}
