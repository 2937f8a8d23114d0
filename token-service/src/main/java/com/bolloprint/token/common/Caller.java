package com.bolloprint.token.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling the management API, read from the gateway's internal JWT (already verified by
 * smallrye-jwt: signature, issuer, audience, expiry).
 */
@RequestScoped
public class Caller {
  private static final Set<String> MANAGERS = Set.of("owner", "admin");
  private final JsonWebToken jwt;

  public Caller(JsonWebToken jwt) {
    this.jwt = jwt;
  }

  public UUID workshopId() {
    return uuidClaim("tenant");
  }

  public boolean isPerson() {
    return "user".equals(jwt.getClaim("actor_type")) && subject().startsWith("user:");
  }

  /** The member id of a person; refused for API tokens. */
  public UUID memberId() {
    requirePerson();
    return parse(subject().substring("user:".length()));
  }

  public String name() {
    String name = jwt.getClaim("actor_name");
    return name == null ? "" : name;
  }

  public String role() {
    Set<String> groups = jwt.getGroups();
    return groups == null || groups.size() != 1 ? "" : groups.iterator().next();
  }

  /** Tokens and members are managed by people who are Admins or Owners, never by API tokens. */
  public void requireManager() {
    requirePerson();
    if (!MANAGERS.contains(role())) {
      throw ProblemException.forbidden("Only Admins and Owners can manage tokens and members");
    }
  }

  public void requirePerson() {
    workshopId();
    if (!isPerson()) {
      throw ProblemException.forbidden("This route is for people; API tokens cannot use it");
    }
  }

  private String subject() {
    String sub = jwt.getSubject();
    return sub == null ? "" : sub;
  }

  private UUID uuidClaim(String claim) {
    Object value = jwt.getClaim(claim);
    if (value == null) {
      throw ProblemException.unauthorized("The credential names no workshop");
    }
    return parse(value.toString());
  }

  private static UUID parse(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.unauthorized("The credential is malformed");
    }
  }
}
