package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.common.Decimals;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One stock movement (+ received, − used or lost) with its reason. */
@Entity
@Table(name = "inventory_adjustments")
public class InventoryAdjustment extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "item_id", nullable = false)
  public UUID itemId;

  @Column(name = "delta", nullable = false, precision = 19, scale = 3)
  public BigDecimal delta;

  @Column(name = "reason", nullable = false)
  public String reason;

  @Column(name = "quantity_after", nullable = false, precision = 19, scale = 3)
  public BigDecimal quantityAfter;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  AdjustmentDto toDto() {
    return new AdjustmentDto(
        id, itemId, Decimals.quantity(delta), reason, Decimals.quantity(quantityAfter), createdAt);
  }
}
