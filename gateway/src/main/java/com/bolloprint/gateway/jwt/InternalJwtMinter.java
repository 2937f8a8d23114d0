package com.bolloprint.gateway.jwt;

import com.bolloprint.gateway.introspection.CacheEntry;
import com.bolloprint.gateway.introspection.Introspection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints the internal JWT (ES256, {@code kid}, ~60 s; claims per contracts.md) for one credential
 * and one audience, and reuses it from the credential's cache entry until about half its lifetime,
 * so the hot path does no signing.
 */
@ApplicationScoped
public class InternalJwtMinter {

  private final SigningKeys keys;
  private final JwtConfig config;
  private final Clock clock;
  private final Duration reuse;

  public InternalJwtMinter(SigningKeys keys, JwtConfig config, Clock clock) {
    this.keys = keys;
    this.config = config;
    this.clock = clock;
    this.reuse = Duration.ofMillis((long) (config.lifetime().toMillis() * config.reuseFraction()));
  }

  /** A JWT for this credential and audience, reused while young enough. */
  public String tokenFor(CacheEntry entry, String audience) {
    Instant now = clock.instant();
    if (entry.minted().get(audience) instanceof MintedJwt minted
        && now.isBefore(minted.reuseUntil())) {
      return minted.compact();
    }
    MintedJwt minted = mint(entry.introspection(), audience, now);
    entry.minted().put(audience, minted);
    return minted.compact();
  }

  MintedJwt mint(Introspection identity, String audience, Instant now) {
    Instant exp = now.plus(config.lifetime());
    if (identity.exp() != null && identity.exp().isBefore(exp)) {
      exp = identity.exp();
    }
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(config.issuer());
    claims.setAudience(audience);
    claims.setSubject(identity.sub());
    claims.setClaim("tenant", identity.tenant());
    claims.setStringListClaim("groups", List.of(identity.role()));
    claims.setClaim("actor_type", identity.actorType());
    claims.setClaim("actor_name", identity.name());
    if (identity.sid() != null) {
      claims.setClaim("sid", identity.sid());
    }
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(exp.getEpochSecond()));

    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.privateKey());
    jws.setKeyIdHeaderValue(keys.keyId());
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    try {
      String compact = jws.getCompactSerialization();
      Instant reuseUntil = now.plus(reuse);
      return new MintedJwt(compact, reuseUntil.isBefore(exp) ? reuseUntil : exp);
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign the internal JWT", e);
    }
  }

  /** A signed JWT and the instant after which a fresh one is minted. */
  record MintedJwt(String compact, Instant reuseUntil) {}
}
