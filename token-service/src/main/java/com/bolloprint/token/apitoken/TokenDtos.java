package com.bolloprint.token.apitoken;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What clients send and receive on /api/tokens. */
public final class TokenDtos {
  private TokenDtos() {}

  @RegisterForReflection
  public record CreateTokenRequest(String name, String role, String expiresIn) {}

  @RegisterForReflection
  public record Person(UUID id, String name) {}

  /** A token as lists show it. {@code token} is set only in the answer to its creation. */
  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record TokenView(
      UUID id,
      String name,
      String role,
      String status,
      String hint,
      Person createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant deactivatedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) String token,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntry> history) {

    static TokenView of(ApiToken t, Instant now, String key, List<HistoryEntry> history) {
      return new TokenView(
          t.id,
          t.name,
          t.role.wire(),
          t.status(now).wire(),
          t.hint,
          new Person(t.createdById, t.createdByName),
          t.createdAt,
          t.expiresAt,
          t.lastUsedAt,
          t.deactivatedAt,
          key,
          history);
    }
  }

  @RegisterForReflection
  public record HistoryEntry(String action, Instant at, Person actor) {
    static HistoryEntry of(TokenHistory h) {
      return new HistoryEntry(h.action, h.at, new Person(h.actorId, h.actorName));
    }
  }

  @RegisterForReflection
  public record TokenPage(List<TokenView> items, String nextCursor) {}
}
