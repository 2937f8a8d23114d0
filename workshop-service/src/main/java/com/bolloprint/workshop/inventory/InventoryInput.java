package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.common.Errors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of POST (sku, name, unit required) and PATCH of a stock item. quantityOnHand is set at
 * creation only; later it moves through adjustments.
 */
@Schema(name = "InventoryInput")
public record InventoryInput(
    @Schema(examples = "VINYL-WHITE-137") String sku,
    @Schema(examples = "Vinyl, white, 1.37 m") String name,
    @Schema(examples = "m") String unit,
    @Schema(examples = "120") BigDecimal quantityOnHand,
    @Schema(examples = "50") BigDecimal reorderLevel,
    @Schema(examples = "Shelf B3") String location) {

  Errors validateCreate() {
    Errors errors = new Errors();
    errors.required("sku", sku, 100).required("name", name, 200).required("unit", unit, 20);
    errors.nonNegative("quantityOnHand", quantityOnHand, 3);
    return fields(errors);
  }

  Errors validatePatch() {
    Errors errors = new Errors();
    errors
        .requiredIfPresent("sku", sku, 100)
        .requiredIfPresent("name", name, 200)
        .requiredIfPresent("unit", unit, 20);
    if (quantityOnHand != null) {
      errors.add("quantityOnHand", "changes through POST /api/inventory/{id}/adjustments");
    }
    return fields(errors);
  }

  private Errors fields(Errors errors) {
    return errors.nonNegative("reorderLevel", reorderLevel, 3).maxLength("location", location, 200);
  }
}
