package com.bolloprint.workshop.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One audited change of one object: {@code changes} maps each changed field to {@code {"from",
 * "to"}}.
 */
public record AuditEvent(
    String objectType, UUID objectId, String action, Map<String, Map<String, Object>> changes) {

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String DELETED = "deleted";
  public static final String STATUS_CHANGED = "status_changed";
  public static final String ADJUSTED = "stock_adjusted";

  /** The creation of an object: every field of {@code snapshot}, from nothing. */
  public static AuditEvent created(String objectType, UUID objectId, Map<String, Object> snapshot) {
    return new AuditEvent(objectType, objectId, CREATED, diff(Map.of(), snapshot));
  }

  /** The deletion of an object: every field of {@code snapshot}, to nothing. */
  public static AuditEvent deleted(String objectType, UUID objectId, Map<String, Object> snapshot) {
    return new AuditEvent(objectType, objectId, DELETED, diff(snapshot, Map.of()));
  }

  /** Fields of {@code after} that differ from {@code before} (either may be empty). */
  public static Map<String, Map<String, Object>> diff(
      Map<String, Object> before, Map<String, Object> after) {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      Object from = before.get(field);
      Object to = after.get(field);
      if (!same(from, to)) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        changes.put(field, change);
      }
    }
    return changes;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  /** A snapshot map that keeps nulls out and insertion order (for readable history). */
  public static Map<String, Object> snapshot(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      if (value != null) {
        map.put(
            (String) pairs[i],
            value instanceof UUID || value instanceof java.time.LocalDate
                ? value.toString()
                : value);
      }
    }
    return map;
  }
}
