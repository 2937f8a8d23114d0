package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Cursor;
import com.bolloprint.workshop.common.Decimals;
import com.bolloprint.workshop.common.Errors;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A stock item (a SKU or a material such as "vinyl, white, 1.37 m"). */
@Entity
@Table(name = "inventory_items")
public class InventoryItem extends PanacheEntityBase {

  public static final String TYPE = "inventory_item";

  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "sku", nullable = false)
  public String sku;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "unit", nullable = false)
  public String unit;

  @Column(name = "quantity_on_hand", nullable = false, precision = 19, scale = 3)
  public BigDecimal quantityOnHand;

  @Column(name = "reorder_level", nullable = false, precision = 19, scale = 3)
  public BigDecimal reorderLevel;

  @Column(name = "location")
  public String location;

  @Column(name = "change_seq", nullable = false)
  public long changeSeq;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  static InventoryItem create(Change change, InventoryInput input) {
    InventoryItem item = new InventoryItem();
    item.id = UUID.randomUUID();
    item.workshopId = change.workshopId();
    item.createdAt = change.now();
    item.quantityOnHand = input.quantityOnHand() == null ? BigDecimal.ZERO : input.quantityOnHand();
    item.reorderLevel = BigDecimal.ZERO;
    item.apply(input);
    item.touch(change);
    return item;
  }

  void apply(InventoryInput input) {
    sku = input.sku() == null ? sku : input.sku().strip();
    name = input.name() == null ? name : input.name().strip();
    unit = input.unit() == null ? unit : input.unit().strip();
    reorderLevel = input.reorderLevel() == null ? reorderLevel : input.reorderLevel();
    location = input.location() == null ? location : Errors.clean(input.location());
  }

  void touch(Change change) {
    changeSeq = change.seq();
    updatedAt = change.now();
  }

  boolean isLow() {
    return quantityOnHand.compareTo(reorderLevel) <= 0;
  }

  Map<String, Object> snapshot() {
    return AuditEvent.snapshot(
        "sku", sku,
        "name", name,
        "unit", unit,
        "quantityOnHand", Decimals.quantity(quantityOnHand),
        "reorderLevel", Decimals.quantity(reorderLevel),
        "location", location);
  }

  Cursor position() {
    return new Cursor(changeSeq, id);
  }

  InventoryDto toDto() {
    return new InventoryDto(
        id,
        sku,
        name,
        unit,
        Decimals.quantity(quantityOnHand),
        Decimals.quantity(reorderLevel),
        location,
        isLow(),
        createdAt,
        updatedAt);
  }
}
