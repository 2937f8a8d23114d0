package com.bolloprint.token.member;

import com.bolloprint.token.common.Checks;
import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.common.UniqueViolation;
import com.bolloprint.token.member.MemberDtos.CreateMemberRequest;
import com.bolloprint.token.member.MemberDtos.MemberPage;
import com.bolloprint.token.member.MemberDtos.MemberView;
import com.bolloprint.token.member.MemberDtos.UpdateMemberRequest;
import com.bolloprint.token.revocation.RevocationLog;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The rules of membership: Admins manage members who are not Owners, Owners manage everyone, and a
 * workshop always keeps at least one Owner.
 */
@ApplicationScoped
public class MemberService {
  private final MemberRepository members;
  private final PasswordHasher passwords;
  private final RevocationLog revocations;
  private final Clock clock;

  public MemberService(
      MemberRepository members, PasswordHasher passwords, RevocationLog revocations, Clock clock) {
    this.members = members;
    this.passwords = passwords;
    this.revocations = revocations;
    this.clock = clock;
  }

  @WithSession
  public Uni<MemberPage> list(UUID workshopId) {
    return members
        .listInWorkshop(workshopId)
        .map(list -> new MemberPage(list.stream().map(MemberView::of).toList(), null));
  }

  @WithTransaction
  public Uni<MemberView> create(UUID workshopId, Role actorRole, CreateMemberRequest request) {
    Checks checks = Checks.of(request);
    String email = checks.email("email", request.email());
    String name = checks.text("name", request.name(), 100);
    Role role = role(checks, request.role(), true);
    String password = checks.password("password", request.password());
    checks.done();
    requireMayManage(actorRole, role);
    return members
        .findByEmail(workshopId, email)
        .invoke(existing -> refuseTakenEmail(existing != null))
        .chain(() -> passwords.hash(password))
        .chain(hash -> members.persist(newMember(workshopId, email, name, role, hash, clock)))
        .call(() -> members.flush())
        .onFailure(UniqueViolation::matches)
        .transform(e -> emailConflict())
        .map(MemberView::of);
  }

  @WithTransaction
  public Uni<MemberView> update(
      UUID workshopId, Role actorRole, UUID id, UpdateMemberRequest request) {
    Checks checks = Checks.of(request);
    String name = request.name() == null ? null : checks.text("name", request.name(), 100);
    Role role = role(checks, request.role(), false);
    checks.done();
    return members
        .findInWorkshop(workshopId, id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Member " + id))
        .invoke(member -> requireMayManage(actorRole, member.role))
        .invoke(member -> requireMayManage(actorRole, role))
        .call(member -> role == null ? Uni.createFrom().voidItem() : changeRole(member, role))
        .invoke(
            member -> {
              if (name != null) {
                member.name = name;
              }
              member.updatedAt = clock.instant();
            })
        .call(() -> members.flush())
        .map(MemberView::of);
  }

  @WithTransaction
  public Uni<Void> remove(UUID workshopId, Role actorRole, UUID id) {
    return members
        .findInWorkshop(workshopId, id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Member " + id))
        .invoke(member -> requireMayManage(actorRole, member.role))
        .call(member -> keepAnOwner(member, "removed"))
        .call(members::delete)
        .call(member -> revocations.record("member.removed", workshopId, "user:" + member.id, null))
        .replaceWithVoid();
  }

  private Uni<Void> changeRole(Member member, Role role) {
    if (member.role == role) {
      return Uni.createFrom().voidItem();
    }
    Uni<Void> guard =
        member.role == Role.OWNER ? keepAnOwner(member, "demoted") : Uni.createFrom().voidItem();
    return guard
        .invoke(() -> member.role = role)
        .call(
            () ->
                revocations.record(
                    "member.role_changed", member.workshopId, "user:" + member.id, null))
        .replaceWithVoid();
  }

  /** Refuses to remove or demote the last Owner; the lock on Owners makes it race-free. */
  private Uni<Void> keepAnOwner(Member member, String verb) {
    if (member.role != Role.OWNER) {
      return Uni.createFrom().voidItem();
    }
    return members
        .lockOwners(member.workshopId)
        .invoke(
            owners -> {
              if (owners.stream().noneMatch(o -> !o.id.equals(member.id))) {
                throw ProblemException.conflict(
                    "The last Owner of a workshop cannot be "
                        + verb
                        + "; make another member Owner first");
              }
            })
        .replaceWithVoid();
  }

  /** Admins manage members who are not Owners; Owners manage everyone. */
  static void requireMayManage(Role actorRole, Role targetRole) {
    if (actorRole != Role.OWNER && targetRole == Role.OWNER) {
      throw ProblemException.forbidden("Only an Owner can manage Owners");
    }
  }

  private static Role role(Checks checks, String value, boolean required) {
    if (value == null) {
      if (required) {
        checks.fail("role", "is required; one of " + Role.allowed());
      }
      return null;
    }
    Role role = Role.parse(value).orElse(null);
    if (role == null) {
      checks.fail("role", "must be one of " + Role.allowed());
    }
    return role;
  }

  public static Member newMember(
      UUID workshopId, String email, String name, Role role, String hash, Clock clock) {
    Instant now = clock.instant();
    Member member = new Member();
    member.id = UUID.randomUUID();
    member.workshopId = workshopId;
    member.email = email;
    member.name = name;
    member.role = role;
    member.passwordHash = hash;
    member.createdAt = now;
    member.updatedAt = now;
    return member;
  }

  private static void refuseTakenEmail(boolean taken) {
    if (taken) {
      throw emailConflict();
    }
  }

  private static ProblemException emailConflict() {
    return ProblemException.conflict("A member with this email already exists in the workshop");
  }
}
