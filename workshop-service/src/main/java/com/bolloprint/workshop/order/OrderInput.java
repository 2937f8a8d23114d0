package com.bolloprint.workshop.order;

import com.bolloprint.workshop.common.Errors;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/orders. */
@Schema(name = "OrderInput")
public record OrderInput(
    UUID customerId,
    @Schema(
            description = "the sale's id on the other platform (unique per workshop)",
            examples = "shopify:order:58120")
        String externalRef,
    @Schema(description = "draft (default) or confirmed", examples = "confirmed") String status,
    @Schema(examples = "2026-12-18") LocalDate dueDate,
    String notes,
    List<LineInput> lines) {

  public static final int MAX_LINES = 200;
  public static final int MAX_QUANTITY = 1_000_000;

  @Schema(name = "OrderLineInput")
  public record LineInput(UUID productId, @Schema(examples = "2") Integer quantity) {}

  Errors validate() {
    Errors errors = new Errors();
    errors.maxLength("externalRef", externalRef, 200).maxLength("notes", notes, 4000);
    if (status != null
        && !OrderStatus.DRAFT.equals(status)
        && !OrderStatus.CONFIRMED.equals(status)) {
      errors.add(
          "status",
          OrderStatus.isKnown(status)
              ? "a new order is draft or confirmed"
              : "is not a known status " + OrderStatus.ALL);
    }
    if (lines == null || lines.isEmpty()) {
      errors.add("lines", "must have at least one line");
    } else if (lines.size() > MAX_LINES) {
      errors.add("lines", "must have at most " + MAX_LINES + " lines");
    } else {
      for (int i = 0; i < lines.size(); i++) {
        LineInput line = lines.get(i);
        String at = "lines[" + i + "].";
        if (line == null) {
          errors.add("lines[" + i + "]", "is required");
          continue;
        }
        if (line.productId() == null) {
          errors.add(at + "productId", "is required");
        }
        if (line.quantity() == null) {
          errors.add(at + "quantity", "is required");
        } else if (line.quantity() <= 0) {
          errors.add(at + "quantity", "must be positive");
        } else if (line.quantity() > MAX_QUANTITY) {
          errors.add(at + "quantity", "must be at most " + MAX_QUANTITY);
        }
      }
    }
    return errors;
  }
}
