package com.bolloprint.workshop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Order")
public record OrderDto(
    UUID id,
    @Schema(description = "sequential per workshop", examples = "1042") long number,
    @Schema(
            enumeration = {
              "draft",
              "confirmed",
              "in_production",
              "ready",
              "shipped",
              "delivered",
              "cancelled"
            })
        String status,
    UUID customerId,
    @Schema(examples = "shopify:order:58120") String externalRef,
    @Schema(examples = "EUR") String currency,
    @Schema(examples = "79.80") BigDecimal total,
    LocalDate dueDate,
    String notes,
    List<Line> lines,
    Instant createdAt,
    Instant updatedAt) {

  @Schema(name = "OrderLine")
  public record Line(
      UUID productId,
      String sku,
      String name,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal) {}
}
