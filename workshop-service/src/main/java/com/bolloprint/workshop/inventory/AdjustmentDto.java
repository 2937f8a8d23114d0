package com.bolloprint.workshop.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InventoryAdjustment")
public record AdjustmentDto(
    UUID id,
    UUID itemId,
    @Schema(examples = "-12.5") BigDecimal delta,
    @Schema(examples = "used for order 1042") String reason,
    @Schema(examples = "30") BigDecimal quantityAfter,
    Instant createdAt) {}
