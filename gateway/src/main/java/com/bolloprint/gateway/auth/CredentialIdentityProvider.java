package com.bolloprint.gateway.auth;

import com.bolloprint.gateway.credential.CredentialKind;
import com.bolloprint.gateway.introspection.CacheEntry;
import com.bolloprint.gateway.introspection.Introspection;
import com.bolloprint.gateway.introspection.IntrospectionCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a well-formed credential into a {@link SecurityIdentity} by introspecting it through the
 * cache. Inactive → {@link AuthenticationFailedException} (401); token-service unreachable → its
 * own exception (503), never a 401.
 */
@ApplicationScoped
public class CredentialIdentityProvider
    implements IdentityProvider<CredentialAuthenticationRequest> {

  private final IntrospectionCache cache;

  public CredentialIdentityProvider(IntrospectionCache cache) {
    this.cache = cache;
  }

  @Override
  public Class<CredentialAuthenticationRequest> getRequestType() {
    return CredentialAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      CredentialAuthenticationRequest request, AuthenticationRequestContext context) {
    CredentialKind kind = request.credential().kind();
    return cache.lookup(request.credential()).map(entry -> identity(entry, kind));
  }

  private static SecurityIdentity identity(CacheEntry entry, CredentialKind kind) {
    Introspection introspection = entry.introspection();
    if (!introspection.active() || introspection.isSession() != (kind == CredentialKind.SESSION)) {
      throw new AuthenticationFailedException("credential is not active");
    }
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(introspection.sub()))
        .addRole(introspection.role())
        .addAttribute(GatewayIdentity.ENTRY, entry)
        .addAttribute(GatewayIdentity.KIND, kind)
        .build();
  }
}
