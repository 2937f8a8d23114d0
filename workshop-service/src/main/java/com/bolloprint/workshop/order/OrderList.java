package com.bolloprint.workshop.order;

import com.bolloprint.workshop.common.Cursor;
import com.bolloprint.workshop.common.Decimals;
import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Page;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One page of orders with their lines in a single SQL statement, mapped straight to {@link
 * OrderDto} (no managed entities). The {@code updatedSince} floor probe (see {@code Listing.floor})
 * is a subquery of the same statement. Runs in the caller's {@code Tx} session, so row-level
 * security applies.
 */
final class OrderList {

  private static final String COLUMNS =
      "o.id, o.number, o.status, o.customer_id, o.external_ref, o.currency, o.total, o.due_date,"
          + " o.notes, o.created_at, o.updated_at, o.change_seq";

  private OrderList() {}

  static Uni<Page<OrderDto>> page(
      UUID workshopId, ListParams params, String externalRef, String status) {
    StringBuilder where =
        new StringBuilder(
            "o.workshop_id = :w and o.deleted_at is null and o.change_seq >= :seq"
                + " and (o.change_seq > :seq or (o.change_seq = :seq and o.id > :cid))");
    if (params.updatedSince() != null) {
      // the floor probe of Listing.floor as a subquery; no row since then = null = empty page
      where.append(
          " and o.change_seq >= (select f.change_seq from orders f"
              + " where f.workshop_id = :w and f.updated_at >= :since"
              + " order by f.updated_at, f.change_seq limit 1)"
              + " and o.updated_at >= :since");
    }
    if (externalRef != null) {
      where.append(" and o.external_ref = :ref");
    }
    if (status != null) {
      where.append(" and o.status = :status");
    }
    String sql =
        "with p as (select "
            + COLUMNS
            + " from orders o where "
            + where
            + " order by o.change_seq, o.id limit :rows)"
            + " select p.*, l.product_id, l.sku, l.name, l.quantity, l.unit_price, l.line_total"
            + " from p left join order_lines l on l.order_id = p.id"
            + " order by p.change_seq, p.id, l.line_no";
    return Panache.getSession()
        .chain(
            session -> {
              var query =
                  session
                      .createNativeQuery(sql, Object[].class)
                      .setParameter("w", workshopId)
                      .setParameter("seq", params.cursor().seq())
                      .setParameter("cid", params.cursor().id())
                      .setParameter("rows", params.limit() + 1);
              if (params.updatedSince() != null) {
                query.setParameter("since", params.updatedSince());
              }
              if (externalRef != null) {
                query.setParameter("ref", externalRef);
              }
              if (status != null) {
                query.setParameter("status", status);
              }
              return query.getResultList();
            })
        .map(rows -> toPage(rows, params.limit()));
  }

  private static Page<OrderDto> toPage(List<Object[]> rows, int limit) {
    List<OrderDto> orders = new ArrayList<>();
    Cursor last = null;
    int i = 0;
    while (i < rows.size() && orders.size() < limit) {
      Object[] row = rows.get(i);
      UUID id = uuid(row[0]);
      List<OrderDto.Line> lines = new ArrayList<>();
      for (; i < rows.size() && id.equals(uuid(rows.get(i)[0])); i++) {
        Object[] line = rows.get(i);
        if (line[12] != null) {
          lines.add(
              new OrderDto.Line(
                  uuid(line[12]),
                  (String) line[13],
                  (String) line[14],
                  ((Number) line[15]).intValue(),
                  Decimals.money((BigDecimal) line[16]),
                  Decimals.money((BigDecimal) line[17])));
        }
      }
      orders.add(
          new OrderDto(
              id,
              ((Number) row[1]).longValue(),
              (String) row[2],
              uuid(row[3]),
              (String) row[4],
              (String) row[5],
              Decimals.money((BigDecimal) row[6]),
              date(row[7]),
              (String) row[8],
              List.copyOf(lines),
              instant(row[9]),
              instant(row[10])));
      last = new Cursor(((Number) row[11]).longValue(), id);
    }
    boolean more = i < rows.size();
    return new Page<>(List.copyOf(orders), last == null ? null : last.encode(), more);
  }

  private static UUID uuid(Object value) {
    return value == null || value instanceof UUID
        ? (UUID) value
        : UUID.fromString(value.toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
