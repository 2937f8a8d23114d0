package com.bolloprint.workshop.order;

import com.bolloprint.workshop.common.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order lifecycle: draft → confirmed → in_production → ready → shipped → delivered, and
 * cancelled from any state before shipped.
 */
public final class OrderStatus {

  public static final String DRAFT = "draft";
  public static final String CONFIRMED = "confirmed";
  public static final String IN_PRODUCTION = "in_production";
  public static final String READY = "ready";
  public static final String SHIPPED = "shipped";
  public static final String DELIVERED = "delivered";
  public static final String CANCELLED = "cancelled";

  public static final List<String> ALL =
      List.of(DRAFT, CONFIRMED, IN_PRODUCTION, READY, SHIPPED, DELIVERED, CANCELLED);

  private static final Map<String, Set<String>> NEXT =
      Map.of(
          DRAFT, Set.of(CONFIRMED, CANCELLED),
          CONFIRMED, Set.of(IN_PRODUCTION, CANCELLED),
          IN_PRODUCTION, Set.of(READY, CANCELLED),
          READY, Set.of(SHIPPED, CANCELLED),
          SHIPPED, Set.of(DELIVERED),
          DELIVERED, Set.of(),
          CANCELLED, Set.of());

  private OrderStatus() {}

  public static boolean isKnown(String status) {
    return ALL.contains(status);
  }

  /** Refuses a transition the lifecycle does not allow, naming both statuses (409). */
  public static void checkTransition(long number, String current, String requested) {
    if (!NEXT.get(current).contains(requested)) {
      String allowed = NEXT.get(current).isEmpty() ? "none" : String.join(", ", sorted(current));
      throw ApiException.conflict(
          "invalid-status-transition",
          "Order "
              + number
              + " is '"
              + current
              + "' and cannot become '"
              + requested
              + "' (allowed next: "
              + allowed
              + ")");
    }
  }

  private static List<String> sorted(String current) {
    return Arrays.stream(ALL.toArray(String[]::new)).filter(NEXT.get(current)::contains).toList();
  }
}
