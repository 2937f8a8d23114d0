package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Decimals;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.WorkshopEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;

/** A stock item (a SKU or a material such as "vinyl, white, 1.37 m"). */
@Entity
@Table(name = "inventory_items")
public class InventoryItem extends WorkshopEntity {

  public static final String TYPE = "inventory_item";

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

  static InventoryItem create(Change change, InventoryInput input) {
    InventoryItem item = new InventoryItem();
    item.initialize(change);
    item.quantityOnHand = input.quantityOnHand() == null ? BigDecimal.ZERO : input.quantityOnHand();
    item.reorderLevel = BigDecimal.ZERO;
    item.apply(input);
    return item;
  }

  void apply(InventoryInput input) {
    sku = input.sku() == null ? sku : input.sku().strip();
    name = input.name() == null ? name : input.name().strip();
    unit = input.unit() == null ? unit : input.unit().strip();
    reorderLevel = input.reorderLevel() == null ? reorderLevel : input.reorderLevel();
    location = input.location() == null ? location : Errors.clean(input.location());
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
