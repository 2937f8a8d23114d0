package com.bolloprint.workshop.customer;

import com.bolloprint.workshop.common.Errors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST (name required) and PATCH (every field optional; "" clears) of a customer. */
@Schema(name = "CustomerInput")
public record CustomerInput(
    @Schema(examples = "Café Lumière") String name,
    @Schema(examples = "orders@cafe-lumiere.fr") String email,
    @Schema(examples = "+33 1 23 45 67 89") String phone,
    String company,
    String billingAddress,
    String shippingAddress,
    String notes,
    @Schema(
            description = "the customer's id in the integration's system (unique per workshop)",
            examples = "shopify:7730012")
        String externalRef) {

  static String clean(String value) {
    return Errors.clean(value);
  }

  /** Validates a create (prefix names the row in bulk imports, e.g. {@code [12].}). */
  Errors validateCreate(Errors errors) {
    errors.required("name", name, 200);
    return validateFields(errors);
  }

  Errors validatePatch(Errors errors) {
    if (name != null && name.isBlank()) {
      errors.add("name", "must not be empty");
    }
    errors.maxLength("name", name, 200);
    return validateFields(errors);
  }

  private Errors validateFields(Errors errors) {
    return errors
        .email("email", email)
        .maxLength("phone", phone, 50)
        .maxLength("company", company, 200)
        .maxLength("billingAddress", billingAddress, 1000)
        .maxLength("shippingAddress", shippingAddress, 1000)
        .maxLength("notes", notes, 4000)
        .maxLength("externalRef", externalRef, 200);
  }
}
