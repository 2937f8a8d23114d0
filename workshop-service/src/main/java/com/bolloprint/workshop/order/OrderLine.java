package com.bolloprint.workshop.order;

import com.bolloprint.workshop.common.Decimals;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order: the product, quantity and the unit price at order time. */
@Entity
@Table(name = "order_lines")
public class OrderLine extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "order_id", nullable = false)
  public UUID orderId;

  @Column(name = "line_no", nullable = false)
  public int lineNo;

  @Column(name = "product_id", nullable = false)
  public UUID productId;

  @Column(name = "sku", nullable = false)
  public String sku;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "quantity", nullable = false)
  public int quantity;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
  public BigDecimal unitPrice;

  @Column(name = "line_total", nullable = false, precision = 19, scale = 4)
  public BigDecimal lineTotal;

  OrderDto.Line toDto() {
    return new OrderDto.Line(
        productId, sku, name, quantity, Decimals.money(unitPrice), Decimals.money(lineTotal));
  }
}
