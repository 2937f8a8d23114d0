package com.bolloprint.token.revocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hears every revocation committed by any replica (PostgreSQL LISTEN) and broadcasts it to the
 * gateways subscribed to this replica. After the LISTEN connection comes back it re-reads what it
 * may have missed from the event table.
 */
@ApplicationScoped
public class RevocationHub {
  private static final Logger LOG = Logger.getLogger(RevocationHub.class);
  private static final String SELECT =
      "select id, workshop_id, type, sub, sid, at from revocation_event";

  private final BroadcastProcessor<RevocationMessage> live = BroadcastProcessor.create();
  private final AtomicLong lastHeard = new AtomicLong(-1);
  private final Vertx vertx;
  private final Pool pool;
  private final ObjectMapper json;
  private final PgConnectOptions options;
  private PgSubscriber subscriber;

  public RevocationHub(
      Vertx vertx,
      Pool pool,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String user,
      @ConfigProperty(name = "quarkus.datasource.password") String password) {
    this.vertx = vertx;
    this.pool = pool;
    this.json = json;
    this.options =
        PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
            .setUser(user)
            .setPassword(password);
  }

  void onStart(@Observes StartupEvent event) {
    subscriber = PgSubscriber.subscriber(vertx, options);
    subscriber.reconnectPolicy(retries -> 1000L);
    subscriber.channel(RevocationLog.CHANNEL).subscribeHandler(this::catchUp).handler(this::heard);
    subscriber
        .connect()
        .subscribe()
        .with(
            ignored -> LOG.info("Listening for revocations"),
            e -> LOG.errorf("Cannot listen for revocations: %s", e.getMessage()));
  }

  void onStop(@Observes ShutdownEvent event) {
    if (subscriber != null) {
      subscriber.closeAndForget();
    }
    live.onComplete();
  }

  /** Every revocation from now on, from any replica. */
  public Multi<RevocationMessage> live() {
    return live;
  }

  /** The id of the newest stored event (0 when there is none). */
  public Uni<Long> head() {
    return pool.query("select coalesce(max(id), 0) from revocation_event")
        .execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * Events after {@code afterId}, and those of the last seconds too: ids are handed out before
   * commit, so one can commit after a higher one was already sent. Repeats are harmless.
   */
  public Multi<RevocationMessage> replay(long afterId, Duration overlap) {
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(overlap);
    return pool.preparedQuery(SELECT + " where id > $1 or at > $2 order by id")
        .execute(Tuple.of(afterId, since))
        .onItem()
        .transformToMulti(rows -> Multi.createFrom().iterable(rows))
        .map(RevocationHub::message);
  }

  private void heard(String payload) {
    try {
      RevocationMessage message = json.readValue(payload, RevocationMessage.class);
      lastHeard.accumulateAndGet(message.id(), Math::max);
      live.onNext(message);
    } catch (Exception e) {
      LOG.warnf("Ignoring a malformed revocation notification: %s", e.getClass().getSimpleName());
    }
  }

  /** (Re)connected: pass on whatever committed while this replica was not listening. */
  private void catchUp() {
    long since = lastHeard.get();
    Uni<Long> from = since < 0 ? head() : Uni.createFrom().item(since);
    from.onItem()
        .transformToMulti(
            id -> {
              lastHeard.accumulateAndGet(id, Math::max);
              return since < 0 ? Multi.createFrom().empty() : replay(id, Duration.ZERO);
            })
        .subscribe()
        .with(
            message -> {
              lastHeard.accumulateAndGet(message.id(), Math::max);
              live.onNext(message);
            },
            e -> LOG.warnf("Could not catch up on revocations: %s", e.getClass().getSimpleName()));
  }

  private static RevocationMessage message(Row row) {
    UUID sid = row.getUUID("sid");
    Instant at = row.getOffsetDateTime("at").toInstant();
    return new RevocationMessage(
        row.getLong("id"),
        row.getString("type"),
        row.getUUID("workshop_id").toString(),
        row.getString("sub"),
        sid == null ? null : sid.toString(),
        at.toString());
  }
}
