package com.bolloprint.workshop.product;

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

/** The catalog: list, read, create (idempotent), update, delete, each write audited. */
@ApplicationScoped
public class ProductService {

  private final Tx tx;
  private final AuditLog audit;
  private final Idempotency idempotency;

  public ProductService(Tx tx, AuditLog audit, Idempotency idempotency) {
    this.tx = tx;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  public Uni<Page<ProductDto>> list(Actor actor, ListParams params, String sku) {
    var parameters = Listing.parameters(actor.workshopId(), params);
    if (sku != null) {
      parameters = parameters.and("sku", sku);
    }
    var hql = Listing.hql(params, sku == null ? null : "sku = :sku");
    var bound = parameters;
    return tx.read(
            actor,
            () ->
                Listing.floor("Product", actor.workshopId(), params)
                    .chain(
                        floor ->
                            Product.<Product>find(hql, bound.and("floor", floor))
                                .range(0, params.limit())
                                .list()))
        .map(rows -> Listing.page(rows, params.limit(), Product::position, Product::toDto));
  }

  public Uni<ProductDto> get(Actor actor, UUID id) {
    return tx.read(actor, () -> find(actor.workshopId(), id)).map(Product::toDto);
  }

  public Uni<Stored> create(Actor actor, ProductInput input, String idempotencyKey) {
    Errors.body(input).validateCreate().throwIfAny();
    return tx.create(
        actor,
        idempotencyKey,
        idempotency.fingerprint("POST /api/products", input),
        0,
        change -> {
          Product product = Product.create(change, input);
          return refuseDuplicateSku(actor.workshopId(), product.sku, null)
              .chain(product::persist)
              .call(
                  () ->
                      audit.record(
                          change, AuditEvent.created(Product.TYPE, product.id, product.snapshot())))
              .map(ignored -> product.toDto());
        });
  }

  public Uni<ProductDto> update(Actor actor, UUID id, ProductInput patch) {
    Errors.body(patch).validatePatch().throwIfAny();
    return tx.write(
        actor,
        change ->
            find(actor.workshopId(), id)
                .chain(
                    product -> {
                      Map<String, Object> before = product.snapshot();
                      product.apply(patch);
                      var changes = AuditEvent.diff(before, product.snapshot());
                      if (changes.isEmpty()) {
                        return Uni.createFrom().item(product);
                      }
                      product.touch(change);
                      return refuseDuplicateSku(actor.workshopId(), product.sku, id)
                          .call(
                              () ->
                                  audit.record(
                                      change,
                                      new AuditEvent(
                                          Product.TYPE, id, AuditEvent.UPDATED, changes)))
                          .replaceWith(product);
                    })
                .map(Product::toDto));
  }

  public Uni<Void> delete(Actor actor, UUID id) {
    return tx.write(
        actor,
        change ->
            find(actor.workshopId(), id)
                .call(
                    product -> {
                      var event = AuditEvent.deleted(Product.TYPE, id, product.snapshot());
                      product.softDelete(change);
                      return audit.record(change, event);
                    })
                .replaceWithVoid());
  }

  /** A live product of the workshop, or 404 whatever the id. */
  public static Uni<Product> find(UUID workshopId, UUID id) {
    return Live.orNotFound(
        Product.<Product>find(Live.BY_ID, id, workshopId).firstResult(), "Product");
  }

  private static Uni<Void> refuseDuplicateSku(UUID workshopId, String sku, UUID self) {
    return Live.refuseOther(
        Product.<Product>find(Live.BY_SKU, workshopId, sku).firstResult(),
        self,
        existing ->
            ApiException.conflict(
                "duplicate-sku", "Product " + existing.id + " already has SKU '" + sku + "'"));
  }
}
