package com.bolloprint.workshop.customer;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.WorkshopEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/** A workshop's customer. */
@Entity
@Table(name = "customers")
public class Customer extends WorkshopEntity {

  public static final String TYPE = "customer";

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "email")
  public String email;

  @Column(name = "phone")
  public String phone;

  @Column(name = "company")
  public String company;

  @Column(name = "billing_address")
  public String billingAddress;

  @Column(name = "shipping_address")
  public String shippingAddress;

  @Column(name = "notes")
  public String notes;

  @Column(name = "external_ref")
  public String externalRef;

  static Customer create(Change change, CustomerInput input) {
    Customer customer = new Customer();
    customer.initialize(change);
    customer.apply(input);
    return customer;
  }

  /** Applies the non-null fields of the input; "" clears an optional field. */
  void apply(CustomerInput input) {
    if (input.name() != null) {
      name = input.name().strip();
    }
    email = input.email() == null ? email : CustomerInput.clean(input.email());
    phone = input.phone() == null ? phone : CustomerInput.clean(input.phone());
    company = input.company() == null ? company : CustomerInput.clean(input.company());
    billingAddress =
        input.billingAddress() == null
            ? billingAddress
            : CustomerInput.clean(input.billingAddress());
    shippingAddress =
        input.shippingAddress() == null
            ? shippingAddress
            : CustomerInput.clean(input.shippingAddress());
    notes = input.notes() == null ? notes : CustomerInput.clean(input.notes());
    externalRef =
        input.externalRef() == null ? externalRef : CustomerInput.clean(input.externalRef());
  }

  Map<String, Object> snapshot() {
    return AuditEvent.snapshot(
        "name", name,
        "email", email,
        "phone", phone,
        "company", company,
        "billingAddress", billingAddress,
        "shippingAddress", shippingAddress,
        "notes", notes,
        "externalRef", externalRef);
  }

  CustomerDto toDto() {
    return new CustomerDto(
        id,
        name,
        email,
        phone,
        company,
        billingAddress,
        shippingAddress,
        notes,
        externalRef,
        createdAt,
        updatedAt);
  }
}
