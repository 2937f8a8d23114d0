package com.bolloprint.workshop.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Builds cursor-ordered list queries and pages for the collections. */
public final class Listing {

  private Listing() {}

  /** HQL for one page: the workshop's live rows after the cursor, in commit order. */
  public static String hql(ListParams params, String extra) {
    return "workshopId = :w and deletedAt is null and "
        + params.condition()
        + (extra == null ? "" : " and " + extra)
        + " order by changeSeq, id";
  }

  /**
   * The lowest change sequence that can match {@code updatedSince}: one probe of the (workshop,
   * updated_at, change_seq) index. Since updated_at never decreases as the sequence grows, every
   * later row matches too, and the page query starts right there instead of filtering its way
   * through older rows. (The updated_at filter stays in the query, so this is only a shortcut.)
   */
  public static Uni<Long> floor(String entity, UUID workshopId, ListParams params) {
    if (params.updatedSince() == null) {
      return Uni.createFrom().item(-1L);
    }
    String hql =
        "select changeSeq from "
            + entity
            + " where workshopId = :w and updatedAt >= :since order by updatedAt, changeSeq";
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(hql, Long.class)
                    .setParameter("w", workshopId)
                    .setParameter("since", params.updatedSince())
                    .setMaxResults(1)
                    .getSingleResultOrNull())
        .map(floor -> floor == null ? Long.MAX_VALUE : floor);
  }

  public static Parameters parameters(UUID workshopId, ListParams params) {
    Parameters parameters =
        Parameters.with("w", workshopId)
            .and("seq", params.cursor().seq())
            .and("cid", params.cursor().id());
    return params.updatedSince() == null
        ? parameters
        : parameters.and("since", params.updatedSince());
  }

  /** Turns limit+1 rows into a page; the cursor points after the last item returned. */
  public static <E, D> Page<D> page(
      List<E> rows, int limit, Function<E, Cursor> position, Function<E, D> mapper) {
    boolean more = rows.size() > limit;
    List<E> items = more ? rows.subList(0, limit) : rows;
    String next = items.isEmpty() ? null : position.apply(items.get(items.size() - 1)).encode();
    return new Page<>(items.stream().map(mapper).toList(), next, more);
  }
}
