package com.bolloprint.workshop.common;

import io.smallrye.mutiny.Uni;
import java.util.UUID;
import java.util.function.Function;

/** Lookups of live (not soft-deleted) rows of a workshop, shared by the entity services. */
public final class Live {

  /** HQL condition: the live row with id {@code ?1} of workshop {@code ?2}. */
  public static final String BY_ID = "id = ?1 and workshopId = ?2 and deletedAt is null";

  /** HQL condition: the live rows of workshop {@code ?1} with external reference {@code ?2}. */
  public static final String BY_EXTERNAL_REF =
      "workshopId = ?1 and externalRef = ?2 and deletedAt is null";

  /** HQL condition: the live rows of workshop {@code ?1} with SKU {@code ?2}. */
  public static final String BY_SKU = "workshopId = ?1 and sku = ?2 and deletedAt is null";

  private Live() {}

  /** The row, or a 404 naming {@code what} when there is none. */
  public static <E> Uni<E> orNotFound(Uni<E> row, String what) {
    return row.onItem().ifNull().failWith(() -> ApiException.notFound(what));
  }

  /**
   * Fails with {@code conflict} when {@code existing} finds a row other than {@code self} (null for
   * a new row) that already has the value that must stay unique.
   */
  public static <E extends WorkshopEntity> Uni<Void> refuseOther(
      Uni<E> existing, UUID self, Function<E, ApiException> conflict) {
    return existing
        .invoke(
            row -> {
              if (row != null && !row.id.equals(self)) {
                throw conflict.apply(row);
              }
            })
        .replaceWithVoid();
  }
}
