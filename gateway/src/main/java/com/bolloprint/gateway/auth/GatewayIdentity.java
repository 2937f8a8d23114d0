package com.bolloprint.gateway.auth;

import com.bolloprint.gateway.credential.CredentialKind;
import com.bolloprint.gateway.introspection.CacheEntry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/** Reads what the identity provider attached to a request's {@link SecurityIdentity}. */
public final class GatewayIdentity {

  static final String ENTRY = "bolloprint.entry";
  static final String KIND = "bolloprint.kind";

  private GatewayIdentity() {}

  /** The introspected credential of this request, or null when it carried none. */
  public static CacheEntry entry(RoutingContext rc) {
    SecurityIdentity identity = identity(rc);
    return identity == null ? null : identity.getAttribute(ENTRY);
  }

  /** How the credential came (bearer token or session cookie), or null. */
  public static CredentialKind kind(RoutingContext rc) {
    SecurityIdentity identity = identity(rc);
    return identity == null ? null : identity.getAttribute(KIND);
  }

  private static SecurityIdentity identity(RoutingContext rc) {
    if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
      return user.getSecurityIdentity();
    }
    return null;
  }
}
