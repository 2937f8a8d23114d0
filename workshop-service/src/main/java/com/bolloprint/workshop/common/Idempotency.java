package com.bolloprint.workshop.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Idempotency-Key records (table {@code idempotency_keys}): key, fingerprint of the request and the
 * answer that was sent. Runs inside the create's transaction (see {@link Tx#create}).
 */
@ApplicationScoped
public class Idempotency {

  public static final int MAX_KEY_LENGTH = 200;

  private static final String RESERVE =
      "insert into idempotency_keys (workshop_id, idem_key, request_hash) values (:w, :k, :h)"
          + " on conflict (workshop_id, idem_key) do nothing";
  private static final String LOAD =
      "select request_hash, response_status, response_body from idempotency_keys"
          + " where workshop_id = :w and idem_key = :k";
  private static final String SAVE =
      "update idempotency_keys set response_status = :s, response_body = :b"
          + " where workshop_id = :w and idem_key = :k";

  private final ObjectMapper mapper;

  public Idempotency(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public record Key(UUID workshopId, String value, String hash) {}

  public Key key(UUID workshopId, String value, String fingerprint) {
    if (value == null) {
      return null;
    }
    if (value.isBlank() || value.length() > MAX_KEY_LENGTH) {
      throw ApiException.badRequest(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    return new Key(workshopId, value, sha256(fingerprint));
  }

  /** Reserves the key, or returns the answer stored under it (422 if the request differs). */
  Uni<Stored> reserve(Key key) {
    if (key == null) {
      return Uni.createFrom().nullItem();
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(RESERVE)
                    .setParameter("w", key.workshopId())
                    .setParameter("k", key.value())
                    .setParameter("h", key.hash())
                    .executeUpdate()
                    .chain(
                        inserted ->
                            inserted == 1
                                ? Uni.createFrom().<Stored>nullItem()
                                : session
                                    .createNativeQuery(LOAD, Object[].class)
                                    .setParameter("w", key.workshopId())
                                    .setParameter("k", key.value())
                                    .getSingleResult()
                                    .map(row -> previous(key, row))));
  }

  Uni<Void> save(Key key, Stored stored) {
    if (key == null) {
      return Uni.createFrom().voidItem();
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(SAVE)
                    .setParameter("s", stored.status())
                    .setParameter("b", stored.json())
                    .setParameter("w", key.workshopId())
                    .setParameter("k", key.value())
                    .executeUpdate())
        .replaceWithVoid();
  }

  private static Stored previous(Key key, Object[] row) {
    if (!key.hash().equals(row[0])) {
      throw ApiException.unprocessable(
          "idempotency-key-reused",
          "This Idempotency-Key was already used with a different request body");
    }
    if (row[1] == null) {
      throw ApiException.conflict(
          "idempotency-key-in-progress", "A request with this Idempotency-Key is in progress");
    }
    return new Stored(((Number) row[1]).intValue(), (String) row[2], true);
  }

  public String json(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serializable", e);
    }
  }

  /** What makes two requests "the same": route plus the canonical JSON of the parsed body. */
  public String fingerprint(String route, Object request) {
    return route + "\n" + (request instanceof String s ? s : json(request));
  }

  static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
