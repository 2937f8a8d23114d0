package com.bolloprint.workshop.customer;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.audit.AuditLog;
import com.bolloprint.workshop.common.ApiException;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.Idempotency;
import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Listing;
import com.bolloprint.workshop.common.Live;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.common.Stored;
import com.bolloprint.workshop.common.Tx;
import com.bolloprint.workshop.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Customers: list, read, create (idempotent), update, delete, each write audited. */
@ApplicationScoped
public class CustomerService {

  private final Tx tx;
  private final AuditLog audit;
  private final Idempotency idempotency;

  public CustomerService(Tx tx, AuditLog audit, Idempotency idempotency) {
    this.tx = tx;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  public Uni<Page<CustomerDto>> list(Actor actor, ListParams params, String externalRef) {
    String extra = externalRef == null ? null : "externalRef = :ref";
    var parameters = Listing.parameters(actor.workshopId(), params);
    if (externalRef != null) {
      parameters = parameters.and("ref", externalRef);
    }
    var hql = Listing.hql(params, extra);
    var bound = parameters;
    return tx.read(
            actor,
            () ->
                Listing.floor("Customer", actor.workshopId(), params)
                    .chain(
                        floor ->
                            Customer.<Customer>find(hql, bound.and("floor", floor))
                                .range(0, params.limit())
                                .list()))
        .map(rows -> Listing.page(rows, params.limit(), Customer::position, Customer::toDto));
  }

  public Uni<CustomerDto> get(Actor actor, UUID id) {
    return tx.read(actor, () -> find(actor, id)).map(Customer::toDto);
  }

  public Uni<Stored> create(Actor actor, CustomerInput input, String idempotencyKey) {
    Errors.body(input).validateCreate(new Errors()).throwIfAny();
    String fingerprint = idempotency.fingerprint("POST /api/customers", input);
    return tx.create(
        actor,
        idempotencyKey,
        fingerprint,
        0,
        change -> {
          Customer customer = Customer.create(change, input);
          return refuseDuplicateRef(actor, customer.externalRef, null)
              .chain(customer::persist)
              .call(
                  () ->
                      audit.record(
                          change,
                          AuditEvent.created(Customer.TYPE, customer.id, customer.snapshot())))
              .map(ignored -> customer.toDto());
        });
  }

  public Uni<CustomerDto> update(Actor actor, UUID id, CustomerInput patch) {
    Errors.body(patch).validatePatch(new Errors()).throwIfAny();
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .chain(
                    customer -> {
                      Map<String, Object> before = customer.snapshot();
                      customer.apply(patch);
                      var changes = AuditEvent.diff(before, customer.snapshot());
                      if (changes.isEmpty()) {
                        return Uni.createFrom().item(customer);
                      }
                      customer.touch(change);
                      return refuseDuplicateRef(actor, customer.externalRef, customer.id)
                          .call(
                              () ->
                                  audit.record(
                                      change,
                                      new AuditEvent(
                                          Customer.TYPE, id, AuditEvent.UPDATED, changes)))
                          .replaceWith(customer);
                    })
                .map(Customer::toDto));
  }

  public Uni<Void> delete(Actor actor, UUID id) {
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .call(
                    customer -> {
                      var event = AuditEvent.deleted(Customer.TYPE, id, customer.snapshot());
                      customer.softDelete(change);
                      return audit.record(change, event);
                    })
                .replaceWithVoid());
  }

  /** A live customer of the actor's workshop, or 404 (another workshop's id is a 404 too). */
  static Uni<Customer> find(Actor actor, UUID id) {
    return Live.orNotFound(
        Customer.<Customer>find(Live.BY_ID, id, actor.workshopId()).firstResult(), "Customer");
  }

  private static Uni<Void> refuseDuplicateRef(Actor actor, String externalRef, UUID self) {
    if (externalRef == null) {
      return Uni.createFrom().voidItem();
    }
    return Live.refuseOther(
        Customer.<Customer>find(Live.BY_EXTERNAL_REF, actor.workshopId(), externalRef)
            .firstResult(),
        self,
        existing ->
            ApiException.conflict(
                "duplicate-external-ref",
                "Customer " + existing.id + " already has externalRef '" + externalRef + "'"));
  }
}
