package com.bolloprint.token.member;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What clients send and receive on /api/members. */
public final class MemberDtos {
  private MemberDtos() {}

  @RegisterForReflection
  public record CreateMemberRequest(String email, String name, String role, String password) {}

  @RegisterForReflection
  public record UpdateMemberRequest(String name, String role) {}

  @RegisterForReflection
  public record MemberView(UUID id, String email, String name, String role, Instant createdAt) {
    public static MemberView of(Member m) {
      return new MemberView(m.id, m.email, m.name, m.role.wire(), m.createdAt);
    }
  }

  @RegisterForReflection
  public record MemberPage(List<MemberView> items, String nextCursor) {}
}
