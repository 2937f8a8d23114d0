package com.bolloprint.workshop.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product")
public record ProductDto(
    UUID id,
    @Schema(examples = "FLY-A5-250") String sku,
    @Schema(examples = "A5 flyers, 250 g, 100 pcs") String name,
    String description,
    @Schema(examples = "39.90") BigDecimal unitPrice,
    @Schema(examples = "EUR") String currency,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {}
