package com.bolloprint.workshop.common;

import com.bolloprint.workshop.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every database access of a request runs through here, inside one transaction that first binds the
 * workshop for PostgreSQL row-level security ({@code app.workshop_id}, transaction-local).
 *
 * <p>Writes then lock the workshop's {@code workshop_state} row and take the next change sequence
 * number (and order numbers). The lock is held until commit, so within a workshop a transaction
 * with a higher sequence number always commits after every one with a lower number: a reader that
 * has seen sequence N will never later find a new row below N. That is what makes cursor polling
 * skip nothing. The change time is never earlier than the workshop's previous change time, so
 * {@code updated_at} grows with the sequence (see {@link Listing#floor}).
 */
@ApplicationScoped
public class Tx {

  private static final String BIND = "select set_config('app.workshop_id', :workshop, true)";

  private static final String CLAIM =
      "insert into workshop_state as w (workshop_id, change_seq, order_seq, changed_at)"
          + " values (:workshop, 1, :orders, cast(cast(:now as text) as timestamptz))"
          + " on conflict (workshop_id) do update set change_seq = w.change_seq + 1,"
          + " order_seq = w.order_seq + :orders, updated_at = now(),"
          + " changed_at = greatest(w.changed_at, excluded.changed_at)"
          + " returning change_seq, order_seq, allow_negative_stock,"
          + " cast(extract(epoch from w.changed_at) * 1000000 as bigint)";

  private final Clock clock;
  private final Idempotency idempotency;

  public Tx(Clock clock, Idempotency idempotency) {
    this.clock = clock;
    this.idempotency = idempotency;
  }

  public <T> Uni<T> read(Actor actor, Supplier<Uni<T>> work) {
    // read-only session: entities are not snapshotted, nothing is dirty-checked at commit
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .invoke(session -> session.setDefaultReadOnly(true))
                .chain(() -> bind(actor.workshopId()))
                .chain(() -> work.get()));
  }

  public <T> Uni<T> write(Actor actor, Function<Change, Uni<T>> work) {
    return write(actor, 0, work);
  }

  public <T> Uni<T> write(Actor actor, int orderNumbers, Function<Change, Uni<T>> work) {
    return Panache.withTransaction(
        () ->
            bind(actor.workshopId())
                .chain(() -> claim(actor, orderNumbers))
                .chain(change -> work.apply(change)));
  }

  /**
   * A create: with an {@code Idempotency-Key}, the key is reserved first in the same transaction (a
   * concurrent duplicate waits on the key's primary key, then replays the stored answer).
   */
  public Uni<Stored> create(
      Actor actor,
      String idempotencyKey,
      String fingerprint,
      int orderNumbers,
      Function<Change, Uni<?>> work) {
    Idempotency.Key key = idempotency.key(actor.workshopId(), idempotencyKey, fingerprint);
    return Panache.withTransaction(
        () ->
            bind(actor.workshopId())
                .chain(() -> idempotency.reserve(key))
                .chain(
                    previous ->
                        previous != null
                            ? Uni.createFrom().item(previous)
                            : claim(actor, orderNumbers)
                                .chain(work)
                                .map(this::stored)
                                .call(stored -> idempotency.save(key, stored))));
  }

  private Stored stored(Object body) {
    return body instanceof Reply reply
        ? new Stored(reply.status(), idempotency.json(reply.body()), false)
        : new Stored(201, idempotency.json(body), false);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Uni<Void> bind(UUID workshopId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(BIND, String.class)
                    .setParameter("workshop", workshopId.toString())
                    .getSingleResult())
        .replaceWithVoid();
  }

  private Uni<Change> claim(Actor actor, int orderNumbers) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(CLAIM, Object[].class)
                    .setParameter("workshop", actor.workshopId())
                    .setParameter("orders", (long) orderNumbers)
                    .setParameter("now", now().toString())
                    .getSingleResult())
        .map(
            row ->
                new Change(
                    actor,
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue() - orderNumbers + 1,
                    (Boolean) row[2],
                    Instant.EPOCH.plus(((Number) row[3]).longValue(), ChronoUnit.MICROS)));
  }
}
