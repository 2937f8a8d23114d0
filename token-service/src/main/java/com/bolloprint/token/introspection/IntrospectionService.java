package com.bolloprint.token.introspection;

import com.bolloprint.token.apitoken.TokenKey;
import com.bolloprint.token.common.Secrets;
import com.bolloprint.token.session.SessionConfig;
import com.bolloprint.token.session.SessionKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Answers "is this credential good, and for whom?". One indexed look-up by hash, on the reactive
 * client without an ORM session: this is the hot path of every gateway cache miss.
 */
@ApplicationScoped
public class IntrospectionService {
  private static final String TOKEN =
      "select id, workshop_id, role, name, created_at, expires_at from api_token"
          + " where secret_hash = $1 and deactivated_at is null and deleted_at is null";
  private static final String SESSION =
      "select s.id, s.workshop_id, s.member_id, s.created_at, s.last_seen_at, s.expires_at,"
          + " m.role, m.name from session s join member m on m.id = s.member_id"
          + " where s.secret_hash = $1";

  private final Pool pool;
  private final LastUsedTracker lastUsed;
  private final SessionConfig sessions;
  private final Clock clock;

  public IntrospectionService(
      Pool pool, LastUsedTracker lastUsed, SessionConfig sessions, Clock clock) {
    this.pool = pool;
    this.lastUsed = lastUsed;
    this.sessions = sessions;
    this.clock = clock;
  }

  public Uni<Introspection> introspect(String credential) {
    if (TokenKey.isWellFormed(credential)) {
      return lookUp(TOKEN, credential).map(this::token);
    }
    if (SessionKey.isWellFormed(credential)) {
      return lookUp(SESSION, credential).map(this::session);
    }
    return Uni.createFrom().item(Introspection.INACTIVE);
  }

  private Uni<Row> lookUp(String sql, String credential) {
    return pool.preparedQuery(sql)
        .execute(Tuple.of(Secrets.sha256Hex(credential)))
        .map(
            rows -> {
              RowIterator<Row> it = rows.iterator();
              return it.hasNext() ? it.next() : null;
            });
  }

  private Introspection token(Row row) {
    if (row == null) {
      return Introspection.INACTIVE;
    }
    Instant now = clock.instant();
    Instant expires = instant(row.getOffsetDateTime("expires_at"));
    if (expires != null && !expires.isAfter(now)) {
      return Introspection.INACTIVE;
    }
    UUID id = row.getUUID("id");
    lastUsed.tokenUsed(id, now);
    return new Introspection(
        true,
        "api_token",
        "token:" + id,
        row.getUUID("workshop_id").toString(),
        row.getString("role"),
        row.getString("name"),
        expires == null ? null : expires.getEpochSecond(),
        instant(row.getOffsetDateTime("created_at")).getEpochSecond(),
        null);
  }

  private Introspection session(Row row) {
    if (row == null) {
      return Introspection.INACTIVE;
    }
    Instant now = clock.instant();
    UUID id = row.getUUID("id");
    Instant seen = lastUsed.sessionSeen(id, instant(row.getOffsetDateTime("last_seen_at")));
    Instant idleEnd = seen.plus(sessions.idleTimeout());
    Instant absoluteEnd = instant(row.getOffsetDateTime("expires_at"));
    if (!idleEnd.isAfter(now) || !absoluteEnd.isAfter(now)) {
      return Introspection.INACTIVE;
    }
    lastUsed.sessionUsed(id, now);
    Instant renewedIdleEnd = now.plus(sessions.idleTimeout());
    Instant exp = renewedIdleEnd.isBefore(absoluteEnd) ? renewedIdleEnd : absoluteEnd;
    return new Introspection(
        true,
        "session",
        "user:" + row.getUUID("member_id"),
        row.getUUID("workshop_id").toString(),
        row.getString("role"),
        row.getString("name"),
        exp.getEpochSecond(),
        instant(row.getOffsetDateTime("created_at")).getEpochSecond(),
        id.toString());
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
