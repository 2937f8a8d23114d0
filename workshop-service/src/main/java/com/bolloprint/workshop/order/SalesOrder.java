package com.bolloprint.workshop.order;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.common.Decimals;
import com.bolloprint.workshop.common.WorkshopEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An order (table {@code orders}; "Order" is a reserved word in HQL). */
@Entity
@Table(name = "orders")
public class SalesOrder extends WorkshopEntity {

  public static final String TYPE = "order";

  @Column(name = "number", nullable = false)
  public long number;

  @Column(name = "customer_id")
  public UUID customerId;

  @Column(name = "status", nullable = false)
  public String status;

  @Column(name = "currency")
  public String currency;

  @Column(name = "total", nullable = false, precision = 19, scale = 4)
  public BigDecimal total;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "notes")
  public String notes;

  @Column(name = "external_ref")
  public String externalRef;

  Map<String, Object> snapshot() {
    return AuditEvent.snapshot(
        "number", number,
        "status", status,
        "customerId", customerId,
        "currency", currency,
        "total", total == null ? null : Decimals.money(total),
        "dueDate", dueDate,
        "notes", notes,
        "externalRef", externalRef);
  }

  OrderDto toDto(List<OrderLine> lines) {
    return new OrderDto(
        id,
        number,
        status,
        customerId,
        externalRef,
        currency,
        Decimals.money(total),
        dueDate,
        notes,
        lines.stream().map(OrderLine::toDto).toList(),
        createdAt,
        updatedAt);
  }
}
