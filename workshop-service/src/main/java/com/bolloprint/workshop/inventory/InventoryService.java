package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.audit.AuditLog;
import com.bolloprint.workshop.common.ApiException;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Decimals;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.Idempotency;
import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Listing;
import com.bolloprint.workshop.common.Live;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.common.Stored;
import com.bolloprint.workshop.common.Tx;
import com.bolloprint.workshop.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock items and their adjustments. Stock never goes below zero unless the workshop's {@code
 * allowNegativeStock} setting is on (PUT /api/inventory/settings, admin or owner).
 */
@ApplicationScoped
public class InventoryService {

  public static final String SETTINGS_TYPE = "workshop_settings";

  private final Tx tx;
  private final AuditLog audit;
  private final Idempotency idempotency;

  public InventoryService(Tx tx, AuditLog audit, Idempotency idempotency) {
    this.tx = tx;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  public Uni<Page<InventoryDto>> list(
      Actor actor, ListParams params, boolean lowStock, String sku) {
    var parameters = Listing.parameters(actor.workshopId(), params);
    String extra = lowStock ? "quantityOnHand <= reorderLevel" : null;
    if (sku != null) {
      extra = (extra == null ? "" : extra + " and ") + "sku = :sku";
      parameters = parameters.and("sku", sku);
    }
    var hql = Listing.hql(params, extra);
    var bound = parameters;
    return tx.read(
            actor,
            () ->
                Listing.floor("InventoryItem", actor.workshopId(), params)
                    .chain(
                        floor ->
                            InventoryItem.<InventoryItem>find(hql, bound.and("floor", floor))
                                .range(0, params.limit())
                                .list()))
        .map(
            rows ->
                Listing.page(rows, params.limit(), InventoryItem::position, InventoryItem::toDto));
  }

  public Uni<InventoryDto> get(Actor actor, UUID id) {
    return tx.read(actor, () -> find(actor, id)).map(InventoryItem::toDto);
  }

  public Uni<Stored> create(Actor actor, InventoryInput input, String idempotencyKey) {
    Errors.body(input).validateCreate().throwIfAny();
    return tx.create(
        actor,
        idempotencyKey,
        idempotency.fingerprint("POST /api/inventory", input),
        0,
        change -> {
          InventoryItem item = InventoryItem.create(change, input);
          return refuseDuplicateSku(actor, item.sku, null)
              .chain(item::persist)
              .call(
                  () ->
                      audit.record(
                          change, AuditEvent.created(InventoryItem.TYPE, item.id, item.snapshot())))
              .map(ignored -> item.toDto());
        });
  }

  public Uni<InventoryDto> update(Actor actor, UUID id, InventoryInput patch) {
    Errors.body(patch).validatePatch().throwIfAny();
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .chain(
                    item -> {
                      Map<String, Object> before = item.snapshot();
                      item.apply(patch);
                      var changes = AuditEvent.diff(before, item.snapshot());
                      if (changes.isEmpty()) {
                        return Uni.createFrom().item(item);
                      }
                      item.touch(change);
                      return refuseDuplicateSku(actor, item.sku, id)
                          .call(
                              () ->
                                  audit.record(
                                      change,
                                      new AuditEvent(
                                          InventoryItem.TYPE, id, AuditEvent.UPDATED, changes)))
                          .replaceWith(item);
                    })
                .map(InventoryItem::toDto));
  }

  public Uni<Void> delete(Actor actor, UUID id) {
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .call(
                    item -> {
                      var event = AuditEvent.deleted(InventoryItem.TYPE, id, item.snapshot());
                      item.softDelete(change);
                      return audit.record(change, event);
                    })
                .replaceWithVoid());
  }

  public Uni<Stored> adjust(Actor actor, UUID id, AdjustmentInput input, String idempotencyKey) {
    Errors.body(input).validate().throwIfAny();
    return tx.create(
        actor,
        idempotencyKey,
        idempotency.fingerprint("POST /api/inventory/" + id + "/adjustments", input),
        0,
        change ->
            find(actor, id)
                .map(item -> apply(change, item, input))
                .chain(applied -> record(change, applied)));
  }

  private record Applied(InventoryItem item, InventoryAdjustment adjustment, BigDecimal before) {}

  private static Applied apply(Change change, InventoryItem item, AdjustmentInput input) {
    BigDecimal before = item.quantityOnHand;
    BigDecimal after = before.add(input.delta());
    if (after.signum() < 0 && !change.allowNegativeStock()) {
      throw ApiException.conflict(
          "insufficient-stock",
          "Item "
              + item.sku
              + " has "
              + Decimals.quantity(before)
              + " "
              + item.unit
              + "; removing "
              + Decimals.quantity(input.delta().negate())
              + " would go below zero (the workshop does not allow negative stock)");
    }
    if (after.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
      throw ApiException.badRequest("delta", "is too large");
    }
    item.quantityOnHand = after;
    item.touch(change);
    InventoryAdjustment adjustment = new InventoryAdjustment();
    adjustment.id = UUID.randomUUID();
    adjustment.workshopId = change.workshopId();
    adjustment.itemId = item.id;
    adjustment.delta = input.delta();
    adjustment.reason = input.reason().strip();
    adjustment.quantityAfter = after;
    adjustment.createdAt = change.now();
    return new Applied(item, adjustment, before);
  }

  private Uni<AdjustmentResult> record(Change change, Applied applied) {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    changes.putAll(
        AuditEvent.diff(
            Map.of("quantityOnHand", Decimals.quantity(applied.before())),
            Map.of("quantityOnHand", Decimals.quantity(applied.adjustment().quantityAfter))));
    changes.putAll(AuditEvent.diff(Map.of(), Map.of("reason", applied.adjustment().reason)));
    return applied
        .adjustment()
        .persist()
        .call(
            () ->
                audit.record(
                    change,
                    new AuditEvent(
                        InventoryItem.TYPE, applied.item().id, AuditEvent.ADJUSTED, changes)))
        .map(ignored -> new AdjustmentResult(applied.adjustment().toDto(), applied.item().toDto()));
  }

  public Uni<List<AdjustmentDto>> adjustments(Actor actor, UUID id, int limit) {
    return tx.read(
        actor,
        () ->
            find(actor, id)
                .chain(
                    item ->
                        InventoryAdjustment.<InventoryAdjustment>find(
                                "itemId = ?1 and workshopId = ?2 order by createdAt desc, id",
                                id,
                                actor.workshopId())
                            .range(0, limit - 1)
                            .list())
                .map(rows -> rows.stream().map(InventoryAdjustment::toDto).toList()));
  }

  public Uni<InventorySettings> settings(Actor actor) {
    return tx.read(actor, () -> allowNegative(actor.workshopId()))
        .map(allow -> new InventorySettings(allow));
  }

  public Uni<InventorySettings> updateSettings(Actor actor, InventorySettings input) {
    if (input == null || input.allowNegativeStock() == null) {
      throw ApiException.badRequest("allowNegativeStock", "is required");
    }
    boolean allow = input.allowNegativeStock();
    return tx.write(
        actor,
        change -> {
          if (change.allowNegativeStock() == allow) {
            return Uni.createFrom().item(new InventorySettings(allow));
          }
          return Panache.getSession()
              .chain(
                  session ->
                      session
                          .createNativeQuery(
                              "update workshop_state set allow_negative_stock = :a where workshop_id = :w")
                          .setParameter("a", allow)
                          .setParameter("w", change.workshopId())
                          .executeUpdate())
              .call(
                  () ->
                      audit.record(
                          change,
                          new AuditEvent(
                              SETTINGS_TYPE,
                              change.workshopId(),
                              AuditEvent.UPDATED,
                              AuditEvent.diff(
                                  Map.of("allowNegativeStock", change.allowNegativeStock()),
                                  Map.of("allowNegativeStock", allow)))))
              .replaceWith(new InventorySettings(allow));
        });
  }

  private static Uni<Boolean> allowNegative(UUID workshopId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select allow_negative_stock from workshop_state where workshop_id = :w",
                        Boolean.class)
                    .setParameter("w", workshopId)
                    .getSingleResultOrNull())
        .map(value -> Boolean.TRUE.equals(value));
  }

  static Uni<InventoryItem> find(Actor actor, UUID id) {
    return Live.orNotFound(
        InventoryItem.<InventoryItem>find(Live.BY_ID, id, actor.workshopId()).firstResult(),
        "Inventory item");
  }

  private static Uni<Void> refuseDuplicateSku(Actor actor, String sku, UUID self) {
    return Live.refuseOther(
        InventoryItem.<InventoryItem>find(Live.BY_SKU, actor.workshopId(), sku).firstResult(),
        self,
        existing ->
            ApiException.conflict(
                "duplicate-sku",
                "Inventory item " + existing.id + " already has SKU '" + sku + "'"));
  }
}
