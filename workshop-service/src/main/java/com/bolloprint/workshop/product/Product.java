package com.bolloprint.workshop.product;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.WorkshopEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;

/** A catalog product: SKU unique per workshop, exact price in one currency. */
@Entity
@Table(name = "products")
public class Product extends WorkshopEntity {

  public static final String TYPE = "product";

  @Column(name = "sku", nullable = false)
  public String sku;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "description")
  public String description;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
  public BigDecimal unitPrice;

  @Column(name = "currency", nullable = false)
  public String currency;

  @Column(name = "active", nullable = false)
  public boolean active;

  static Product create(Change change, ProductInput input) {
    Product product = new Product();
    product.initialize(change);
    product.active = true;
    product.apply(input);
    return product;
  }

  void apply(ProductInput input) {
    sku = input.sku() == null ? sku : input.sku().strip();
    name = input.name() == null ? name : input.name().strip();
    description = input.description() == null ? description : Errors.clean(input.description());
    unitPrice = input.unitPrice() == null ? unitPrice : input.unitPrice();
    currency = input.currency() == null ? currency : input.currency();
    active = input.active() == null ? active : input.active();
  }

  Map<String, Object> snapshot() {
    return AuditEvent.snapshot(
        "sku", sku,
        "name", name,
        "description", description,
        "unitPrice", unitPrice,
        "currency", currency,
        "active", active);
  }

  public ProductDto toDto() {
    return new ProductDto(
        id,
        sku,
        name,
        description,
        com.bolloprint.workshop.common.Decimals.money(unitPrice),
        currency,
        active,
        createdAt,
        updatedAt);
  }
}
