package com.bolloprint.workshop.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a signature-valid JWT that lacks what this service relies on: a UUID {@code tenant}, a
 * {@code sub} of the form {@code token:<uuid>} or {@code user:<uuid>}, an {@code actor_type} and an
 * {@code actor_name}. smallrye-jwt has already checked signature, kid, ES256, iss, aud, exp.
 * Replaces the JWT's roles by the permissions of {@link Roles}.
 */
@ApplicationScoped
public class JwtClaims implements SecurityIdentityAugmentor {

  public static final String TENANT = "tenant";
  public static final String ACTOR_TYPE = "actor_type";
  public static final String ACTOR_NAME = "actor_name";

  private static final Pattern SUBJECT =
      Pattern.compile(
          "^(token|user):[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Uni.createFrom().item(identity);
    }
    if (!isValid(jwt)) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("internal token lacks required claims"));
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(Roles.permissions(identity.getRoles()))
                .build());
  }

  static boolean isValid(JsonWebToken jwt) {
    String tenant = string(jwt, TENANT);
    String type = string(jwt, ACTOR_TYPE);
    String name = string(jwt, ACTOR_NAME);
    String subject = jwt.getSubject();
    if (tenant == null || !isUuid(tenant)) {
      return false;
    }
    if (subject == null || !SUBJECT.matcher(subject).matches()) {
      return false;
    }
    if (!(Actor.API_TOKEN.equals(type) || Actor.USER.equals(type))) {
      return false;
    }
    return name != null && !name.isBlank() && name.length() <= 200;
  }

  /** A claim as a string whether the JWT library hands back a String or a JSON string. */
  public static String string(JsonWebToken jwt, String claim) {
    Object value = jwt.getClaim(claim);
    if (value instanceof jakarta.json.JsonString json) {
      return json.getString();
    }
    return value instanceof String s ? s : null;
  }

  private static boolean isUuid(String value) {
    try {
      return UUID.fromString(value).toString().equalsIgnoreCase(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
