package com.bolloprint.workshop.order;

import com.bolloprint.workshop.common.Errors;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of PATCH /api/orders/{id}: a status change along the lifecycle and/or header fields (""
 * clears notes or externalRef). Lines are fixed once the order exists.
 */
@Schema(name = "OrderPatch")
public record OrderPatch(
    @Schema(examples = "in_production") String status,
    LocalDate dueDate,
    String notes,
    String externalRef) {

  Errors validate() {
    Errors errors = new Errors();
    if (status != null && !OrderStatus.isKnown(status)) {
      errors.add("status", "is not a known status " + OrderStatus.ALL);
    }
    return errors.maxLength("externalRef", externalRef, 200).maxLength("notes", notes, 4000);
  }
}
