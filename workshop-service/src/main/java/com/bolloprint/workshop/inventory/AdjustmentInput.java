package com.bolloprint.workshop.inventory;

import com.bolloprint.workshop.common.Errors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/inventory/{id}/adjustments: a signed quantity and why. */
@Schema(name = "AdjustmentInput")
public record AdjustmentInput(
    @Schema(description = "positive adds stock, negative removes it", examples = "-12.5")
        BigDecimal delta,
    @Schema(examples = "used for order 1042") String reason) {

  Errors validate() {
    Errors errors = new Errors();
    if (delta == null) {
      errors.add("delta", "is required");
    } else if (delta.signum() == 0) {
      errors.add("delta", "must not be zero");
    } else {
      errors.decimal("delta", delta, 3);
    }
    return errors.required("reason", reason, 500);
  }
}
