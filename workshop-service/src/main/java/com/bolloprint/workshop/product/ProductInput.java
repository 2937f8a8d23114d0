package com.bolloprint.workshop.product;

import com.bolloprint.workshop.common.Errors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST (sku, name, unitPrice, currency required) and PATCH of a product. */
@Schema(name = "ProductInput")
public record ProductInput(
    @Schema(examples = "FLY-A5-250") String sku,
    @Schema(examples = "A5 flyers, 250 g, 100 pcs") String name,
    String description,
    @Schema(examples = "39.90") BigDecimal unitPrice,
    @Schema(examples = "EUR") String currency,
    @Schema(description = "defaults to true") Boolean active) {

  Errors validateCreate() {
    Errors errors = new Errors();
    errors.required("sku", sku, 100).required("name", name, 200);
    if (unitPrice == null) {
      errors.add("unitPrice", "is required");
    }
    errors.currency("currency", currency);
    return fields(errors);
  }

  Errors validatePatch() {
    Errors errors = new Errors();
    errors.requiredIfPresent("sku", sku, 100).requiredIfPresent("name", name, 200);
    if (currency != null) {
      errors.currency("currency", currency);
    }
    return fields(errors);
  }

  private Errors fields(Errors errors) {
    return errors
        .nonNegative("unitPrice", unitPrice, 4)
        .maxLength("description", description, 4000);
  }
}
