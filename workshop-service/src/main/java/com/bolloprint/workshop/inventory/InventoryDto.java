package com.bolloprint.workshop.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InventoryItem")
public record InventoryDto(
    UUID id,
    @Schema(examples = "VINYL-WHITE-137") String sku,
    @Schema(examples = "Vinyl, white, 1.37 m") String name,
    @Schema(examples = "m") String unit,
    @Schema(examples = "42.5") BigDecimal quantityOnHand,
    @Schema(examples = "50") BigDecimal reorderLevel,
    @Schema(examples = "Shelf B3") String location,
    @Schema(description = "quantityOnHand <= reorderLevel") boolean lowStock,
    Instant createdAt,
    Instant updatedAt) {}
