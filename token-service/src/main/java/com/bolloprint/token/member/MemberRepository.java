package com.bolloprint.token.member;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

  public Uni<Member> findInWorkshop(UUID workshopId, UUID id) {
    return find(
            "id = :id and workshopId = :workshop",
            Parameters.with("id", id).and("workshop", workshopId))
        .firstResult();
  }

  public Uni<Member> findByEmail(UUID workshopId, String email) {
    return find(
            "workshopId = :workshop and lower(email) = lower(:email)",
            Parameters.with("workshop", workshopId).and("email", email))
        .firstResult();
  }

  public Uni<List<Member>> listInWorkshop(UUID workshopId) {
    return list("workshopId = ?1 order by createdAt, id", workshopId);
  }

  /**
   * Locks every Owner of the workshop: changes that could leave it without an Owner take this lock
   * first, so two of them cannot each believe another Owner remains.
   */
  public Uni<List<Member>> lockOwners(UUID workshopId) {
    return find(
            "workshopId = :workshop and role = :role order by id",
            Parameters.with("workshop", workshopId).and("role", Role.OWNER))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }
}
