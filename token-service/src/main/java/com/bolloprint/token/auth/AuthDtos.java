package com.bolloprint.token.auth;

import com.bolloprint.token.member.Member;
import com.bolloprint.token.workshop.Workshop;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.UUID;

/** What clients send and receive on /auth. */
public final class AuthDtos {
  private AuthDtos() {}

  @RegisterForReflection
  public record SignupRequest(String workshopName, String email, String name, String password) {}

  @RegisterForReflection
  public record LoginRequest(String workshop, String email, String password) {}

  @RegisterForReflection
  public record WorkshopView(UUID id, String slug, String name) {
    static WorkshopView of(Workshop w) {
      return new WorkshopView(w.id, w.slug, w.name);
    }
  }

  @RegisterForReflection
  public record PersonView(UUID id, String email, String name, String role) {
    static PersonView of(Member m) {
      return new PersonView(m.id, m.email, m.name, m.role.wire());
    }
  }

  /** Who is signed in: the answer to sign-up, login and /auth/me. */
  @RegisterForReflection
  public record Identity(WorkshopView workshop, PersonView member) {
    static Identity of(Workshop w, Member m) {
      return new Identity(WorkshopView.of(w), PersonView.of(m));
    }
  }

  /** A signed-in identity and the session key for its cookie (never in a body). */
  public record SignedIn(Identity identity, String sessionKey) {}
}
