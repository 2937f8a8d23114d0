package com.bolloprint.gateway.auth;

import com.bolloprint.gateway.credential.Credential;
import com.bolloprint.gateway.credential.CredentialFormat;
import com.bolloprint.gateway.proxy.RouteTable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the credential of a request to a protected route: {@code Authorization: Bearer bp_tat_…}
 * first, else the {@code bp_session} cookie. A credential of the wrong shape is refused here,
 * counted, and never reaches the network.
 */
@ApplicationScoped
public class CredentialAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_COOKIE = "bp_session";
  public static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";
  private static final String BEARER = "Bearer ";

  private final RouteTable routes;
  private final GatewayAuthConfig config;
  private final Counter rejectedLocally;

  public CredentialAuthenticationMechanism(
      RouteTable routes, GatewayAuthConfig config, MeterRegistry registry) {
    this.routes = routes;
    this.config = config;
    this.rejectedLocally =
        Counter.builder("gateway.credentials.rejected.local")
            .description("Credentials refused by the offline format and checksum check")
            .register(registry);
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    if (!config.enabled() || !routes.authenticates(context.normalizedPath())) {
      return Uni.createFrom().nullItem();
    }
    Optional<Credential> credential;
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      credential =
          authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
              ? CredentialFormat.apiToken(authorization.substring(BEARER.length()).trim())
              : Optional.empty();
    } else {
      Cookie cookie = context.request().getCookie(SESSION_COOKIE);
      if (cookie == null) {
        return Uni.createFrom().nullItem();
      }
      credential = CredentialFormat.session(cookie.getValue());
    }
    if (credential.isEmpty()) {
      rejectedLocally.increment();
      return Uni.createFrom().failure(new AuthenticationFailedException("malformed credential"));
    }
    return identityProviderManager.authenticate(
        new CredentialAuthenticationRequest(credential.get()));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(CredentialAuthenticationRequest.class);
  }
}
