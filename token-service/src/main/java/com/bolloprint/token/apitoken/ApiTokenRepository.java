package com.bolloprint.token.apitoken;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

  /** A token of this workshop that is not deleted, or null: another workshop's id is unknown. */
  public Uni<ApiToken> findVisible(UUID workshopId, UUID id) {
    return find(
            "id = :id and workshopId = :workshop and deletedAt is null",
            Parameters.with("id", id).and("workshop", workshopId))
        .firstResult();
  }

  /** Same, locked for update, so that deactivate and delete of one token run one at a time. */
  public Uni<ApiToken> lockVisible(UUID workshopId, UUID id) {
    return find(
            "id = :id and workshopId = :workshop and deletedAt is null",
            Parameters.with("id", id).and("workshop", workshopId))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  public Uni<Boolean> nameTaken(UUID workshopId, String name) {
    return count(
            "workshopId = :workshop and lower(name) = lower(:name) and deletedAt is null",
            Parameters.with("workshop", workshopId).and("name", name))
        .map(n -> n > 0);
  }

  /** Newest first, keyset-paginated on (createdAt, id). */
  public Uni<List<ApiToken>> page(UUID workshopId, Instant beforeAt, UUID beforeId, int limit) {
    if (beforeAt == null) {
      return find(
              "workshopId = :workshop and deletedAt is null order by createdAt desc, id desc",
              Parameters.with("workshop", workshopId))
          .page(0, limit)
          .list();
    }
    return find(
            "workshopId = :workshop and deletedAt is null"
                + " and (createdAt < :at or (createdAt = :at and id < :id))"
                + " order by createdAt desc, id desc",
            Parameters.with("workshop", workshopId).and("at", beforeAt).and("id", beforeId))
        .page(0, limit)
        .list();
  }
}
