package com.bolloprint.workshop.order;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.audit.AuditLog;
import com.bolloprint.workshop.common.ApiException;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.Idempotency;
import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Live;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.common.Problem;
import com.bolloprint.workshop.common.Stored;
import com.bolloprint.workshop.common.Tx;
import com.bolloprint.workshop.customer.Customer;
import com.bolloprint.workshop.product.Product;
import com.bolloprint.workshop.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Orders: numbered per workshop, priced from the catalog, moved along {@link OrderStatus}. */
@ApplicationScoped
public class OrderService {

  private static final BigDecimal MAX_TOTAL = BigDecimal.TEN.pow(14);

  private final Tx tx;
  private final AuditLog audit;
  private final Idempotency idempotency;

  public OrderService(Tx tx, AuditLog audit, Idempotency idempotency) {
    this.tx = tx;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  public Uni<Page<OrderDto>> list(
      Actor actor, ListParams params, String externalRef, String status) {
    if (status != null && !OrderStatus.isKnown(status)) {
      throw ApiException.badRequest("status", "is not a known status " + OrderStatus.ALL);
    }
    return tx.read(actor, () -> OrderList.page(actor.workshopId(), params, externalRef, status));
  }

  public Uni<OrderDto> get(Actor actor, UUID id) {
    return tx.read(actor, () -> find(actor, id).chain(this::withLines));
  }

  public Uni<Stored> create(Actor actor, OrderInput input, String idempotencyKey) {
    Errors.body(input).validate().throwIfAny();
    return tx.create(
        actor,
        idempotencyKey,
        idempotency.fingerprint("POST /api/orders", input),
        1,
        change -> build(change, input).chain(order -> persist(change, order)));
  }

  public Uni<OrderDto> update(Actor actor, UUID id, OrderPatch patch) {
    Errors.body(patch).validate().throwIfAny();
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .chain(
                    order -> {
                      Map<String, Object> before = order.snapshot();
                      if (patch.status() != null && !patch.status().equals(order.status)) {
                        OrderStatus.checkTransition(order.number, order.status, patch.status());
                        order.status = patch.status();
                      }
                      order.dueDate = patch.dueDate() == null ? order.dueDate : patch.dueDate();
                      order.notes =
                          patch.notes() == null ? order.notes : Errors.clean(patch.notes());
                      order.externalRef =
                          patch.externalRef() == null
                              ? order.externalRef
                              : Errors.clean(patch.externalRef());
                      var changes = AuditEvent.diff(before, order.snapshot());
                      if (changes.isEmpty()) {
                        return Uni.createFrom().item(order);
                      }
                      order.touch(change);
                      String action =
                          changes.keySet().equals(java.util.Set.of("status"))
                              ? AuditEvent.STATUS_CHANGED
                              : AuditEvent.UPDATED;
                      return refuseDuplicateRef(actor, order.externalRef, id)
                          .call(
                              () ->
                                  audit.record(
                                      change, new AuditEvent(SalesOrder.TYPE, id, action, changes)))
                          .replaceWith(order);
                    })
                .chain(this::withLines));
  }

  /** Only a draft or cancelled order can be deleted; others are cancelled instead (409). */
  public Uni<Void> delete(Actor actor, UUID id) {
    return tx.write(
        actor,
        change ->
            find(actor, id)
                .call(
                    order -> {
                      if (!OrderStatus.DRAFT.equals(order.status)
                          && !OrderStatus.CANCELLED.equals(order.status)) {
                        throw ApiException.conflict(
                            "order-not-deletable",
                            "Order "
                                + order.number
                                + " is '"
                                + order.status
                                + "'; only draft or cancelled orders can be deleted");
                      }
                      var event = AuditEvent.deleted(SalesOrder.TYPE, id, order.snapshot());
                      order.softDelete(change);
                      return audit.record(change, event);
                    })
                .replaceWithVoid());
  }

  private Uni<Draft> build(Change change, OrderInput input) {
    List<UUID> productIds = input.lines().stream().map(OrderInput.LineInput::productId).toList();
    Uni<Void> customerCheck =
        input.customerId() == null
            ? Uni.createFrom().voidItem()
            : Customer.count(Live.BY_ID, input.customerId(), change.workshopId())
                .invoke(
                    count -> {
                      if (count == 0) {
                        throw unknownReference("customerId", "is not a customer of this workshop");
                      }
                    })
                .replaceWithVoid();
    return customerCheck
        .chain(() -> refuseDuplicateRef(change.actor(), Errors.clean(input.externalRef()), null))
        .chain(
            () ->
                Product.<Product>list(
                    "workshopId = ?1 and id in ?2 and deletedAt is null",
                    change.workshopId(),
                    productIds))
        .map(products -> draft(change, input, products));
  }

  private record Draft(SalesOrder order, List<OrderLine> lines) {}

  private static Draft draft(Change change, OrderInput input, List<Product> found) {
    Map<UUID, Product> products =
        found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    SalesOrder order = new SalesOrder();
    order.initialize(change);
    order.number = change.firstOrderNumber();
    order.customerId = input.customerId();
    order.status = input.status() == null ? OrderStatus.DRAFT : input.status();
    order.dueDate = input.dueDate();
    order.notes = Errors.clean(input.notes());
    order.externalRef = Errors.clean(input.externalRef());
    List<Problem.FieldError> errors = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < input.lines().size(); i++) {
      OrderInput.LineInput in = input.lines().get(i);
      Product product = products.get(in.productId());
      String field = "lines[" + i + "].productId";
      if (product == null) {
        errors.add(new Problem.FieldError(field, "is not a product of this workshop"));
        continue;
      }
      if (!product.active) {
        errors.add(new Problem.FieldError(field, "is not an active product"));
        continue;
      }
      if (order.currency == null) {
        order.currency = product.currency;
      } else if (!order.currency.equals(product.currency)) {
        errors.add(
            new Problem.FieldError(
                field, "is priced in " + product.currency + ", the order in " + order.currency));
        continue;
      }
      OrderLine line = new OrderLine();
      line.id = UUID.randomUUID();
      line.workshopId = change.workshopId();
      line.orderId = order.id;
      line.lineNo = i + 1;
      line.productId = product.id;
      line.sku = product.sku;
      line.name = product.name;
      line.quantity = in.quantity();
      line.unitPrice = product.unitPrice;
      line.lineTotal = product.unitPrice.multiply(BigDecimal.valueOf(in.quantity()));
      total = total.add(line.lineTotal);
      lines.add(line);
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          422,
          "unknown-reference",
          "Unknown or unusable reference",
          "Some order lines cannot be used",
          errors);
    }
    if (total.compareTo(MAX_TOTAL) >= 0) {
      errors.add(new Problem.FieldError("lines", "the order total is too large"));
      throw ApiException.validation(errors);
    }
    order.total = total;
    return new Draft(order, lines);
  }

  private Uni<OrderDto> persist(Change change, Draft draft) {
    SalesOrder order = draft.order();
    return order
        .persist()
        .chain(() -> OrderLine.persist(draft.lines()))
        .call(
            () -> {
              var changes = AuditEvent.diff(Map.of(), order.snapshot());
              changes.putAll(AuditEvent.diff(Map.of(), Map.of("lineCount", draft.lines().size())));
              return audit.record(
                  change, new AuditEvent(SalesOrder.TYPE, order.id, AuditEvent.CREATED, changes));
            })
        .map(ignored -> order.toDto(draft.lines()));
  }

  private static ApiException unknownReference(String field, String message) {
    return new ApiException(
        422,
        "unknown-reference",
        "Unknown or unusable reference",
        "The order refers to something this workshop does not have",
        List.of(new Problem.FieldError(field, message)));
  }

  private Uni<OrderDto> withLines(SalesOrder order) {
    return linesOf(List.of(order))
        .map(lines -> order.toDto(lines.getOrDefault(order.id, List.of())));
  }

  private static Uni<Map<UUID, List<OrderLine>>> linesOf(List<SalesOrder> orders) {
    if (orders.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    List<UUID> ids = orders.stream().map(o -> o.id).toList();
    return OrderLine.<OrderLine>list("orderId in ?1 order by orderId, lineNo", ids)
        .map(lines -> lines.stream().collect(Collectors.groupingBy(l -> l.orderId)));
  }

  static Uni<SalesOrder> find(Actor actor, UUID id) {
    return Live.orNotFound(
        SalesOrder.<SalesOrder>find(Live.BY_ID, id, actor.workshopId()).firstResult(), "Order");
  }

  private static Uni<Void> refuseDuplicateRef(Actor actor, String externalRef, UUID self) {
    if (externalRef == null) {
      return Uni.createFrom().voidItem();
    }
    return Live.refuseOther(
        SalesOrder.<SalesOrder>find(Live.BY_EXTERNAL_REF, actor.workshopId(), externalRef)
            .firstResult(),
        self,
        existing ->
            ApiException.conflict(
                "duplicate-external-ref",
                "Order "
                    + existing.number
                    + " ("
                    + existing.id
                    + ") already has externalRef '"
                    + externalRef
                    + "'"));
  }
}
