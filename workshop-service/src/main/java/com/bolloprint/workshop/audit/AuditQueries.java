package com.bolloprint.workshop.audit;

import com.bolloprint.workshop.common.ApiException;
import com.bolloprint.workshop.common.Cursor;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.common.Tx;
import com.bolloprint.workshop.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads the audit trail: one object's history, or everything one actor did. Newest first. */
@ApplicationScoped
public class AuditQueries {

  private static final String COLUMNS =
      "select id, object_type, object_id, action, at, actor_type, actor_id, actor_name,"
          + " request_id, cast(changes as text) from audit_log where workshop_id = :w";
  private static final Pattern ACTOR = Pattern.compile("^(token|user):[0-9a-fA-F-]{36}$");
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final Tx tx;
  private final ObjectMapper mapper;

  public AuditQueries(Tx tx, ObjectMapper mapper) {
    this.tx = tx;
    this.mapper = mapper;
  }

  public Uni<Page<AuditEntry>> history(
      Actor actor, String objectType, UUID objectId, int limit, Cursor cursor) {
    String sql =
        COLUMNS + " and object_type = :t and object_id = :o and id < :before order by id desc";
    return query(actor, sql, Map.of("t", objectType, "o", objectId), limit, cursor)
        .invoke(
            page -> {
              if (page.items().isEmpty() && cursor == Cursor.START) {
                throw ApiException.notFound(objectType.replace('_', ' '));
              }
            });
  }

  public Uni<Page<AuditEntry>> byActor(Actor actor, String actorId, int limit, Cursor cursor) {
    if (actorId == null || !ACTOR.matcher(actorId).matches()) {
      throw ApiException.badRequest("actor", "must be token:<id> or user:<id>");
    }
    String sql = COLUMNS + " and actor_id = :a and id < :before order by id desc";
    return query(actor, sql, Map.of("a", actorId.toLowerCase()), limit, cursor);
  }

  /** Runs one page of an audit query of the actor's workshop, newest first, before the cursor. */
  private Uni<Page<AuditEntry>> query(
      Actor actor, String sql, Map<String, Object> parameters, int limit, Cursor cursor) {
    return tx.read(
            actor,
            () ->
                Panache.getSession()
                    .chain(
                        session -> {
                          var query =
                              session
                                  .createNativeQuery(sql, Object[].class)
                                  .setParameter("w", actor.workshopId())
                                  .setParameter("before", before(cursor))
                                  .setMaxResults(limit + 1);
                          parameters.forEach(query::setParameter);
                          return query.getResultList();
                        }))
        .map(rows -> page(rows, limit));
  }

  private static long before(Cursor cursor) {
    return cursor == Cursor.START ? Long.MAX_VALUE : cursor.seq();
  }

  private Page<AuditEntry> page(List<Object[]> rows, int limit) {
    boolean more = rows.size() > limit;
    List<AuditEntry> items = rows.stream().limit(limit).map(this::entry).toList();
    String next =
        items.isEmpty()
            ? null
            : new Cursor(items.get(items.size() - 1).id(), new UUID(0, 0)).encode();
    return new Page<>(items, more ? next : null, more);
  }

  private AuditEntry entry(Object[] row) {
    return new AuditEntry(
        ((Number) row[0]).longValue(),
        (String) row[1],
        row[2] instanceof UUID u ? u : UUID.fromString(row[2].toString()),
        (String) row[3],
        instant(row[4]),
        AuditEntry.Actor.of((String) row[5], (String) row[6], (String) row[7]),
        (String) row[8],
        changes((String) row[9]));
  }

  private Map<String, Object> changes(String json) {
    try {
      return mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable audit changes", e);
    }
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type");
  }
}
