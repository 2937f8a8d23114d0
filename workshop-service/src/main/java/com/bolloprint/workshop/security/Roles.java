package com.bolloprint.workshop.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN's role matrix in one place. The JWT's {@code groups} carry a person's role (owner, admin,
 * worker, readonly) or an API token's (admin, worker, viewer); {@link #permissions} turns them into
 * the three permissions the resources check with {@code @RolesAllowed}.
 */
public final class Roles {

  /** Read every collection and the change history. */
  public static final String READ = "perm:read";

  /** Create, update and delete orders, customers and products. */
  public static final String WRITE_SALES = "perm:write-sales";

  /** Create, update, adjust and delete inventory; change workshop settings. */
  public static final String WRITE_INVENTORY = "perm:write-inventory";

  private static final Map<String, Set<String>> MATRIX =
      Map.of(
          "owner", Set.of(READ, WRITE_SALES, WRITE_INVENTORY),
          "admin", Set.of(READ, WRITE_SALES, WRITE_INVENTORY),
          "worker", Set.of(READ, WRITE_SALES),
          "viewer", Set.of(READ),
          "readonly", Set.of(READ));

  private Roles() {}

  /** Permissions of a set of roles; unknown roles grant nothing. */
  public static Set<String> permissions(Set<String> roles) {
    Set<String> permissions = new HashSet<>();
    for (String role : roles) {
      permissions.addAll(MATRIX.getOrDefault(role, Set.of()));
    }
    return permissions;
  }
}
