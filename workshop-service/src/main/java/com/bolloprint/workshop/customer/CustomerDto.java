package com.bolloprint.workshop.customer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Customer")
public record CustomerDto(
    UUID id,
    @Schema(examples = "Café Lumière") String name,
    @Schema(examples = "orders@cafe-lumiere.fr") String email,
    String phone,
    String company,
    String billingAddress,
    String shippingAddress,
    String notes,
    @Schema(examples = "shopify:7730012") String externalRef,
    Instant createdAt,
    Instant updatedAt) {}
