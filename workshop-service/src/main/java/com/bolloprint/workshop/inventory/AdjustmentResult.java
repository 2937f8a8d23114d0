package com.bolloprint.workshop.inventory;

/** Answer of an adjustment: the movement and the item as it now is. */
public record AdjustmentResult(AdjustmentDto adjustment, InventoryDto item) {}
