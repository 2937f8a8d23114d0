package com.bolloprint.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Which service a public path goes to, and whether it needs a credential. {@code /auth/*}, {@code
 * /api/tokens*}, {@code /api/members*} → token-service; any other {@code /api/*} →
 * workshop-service. Sign-up, login and logout pass without a credential (token-service reads the
 * session cookie of a logout itself).
 */
@ApplicationScoped
public class RouteTable {

  /**
   * @param authenticated a credential is required and exchanged for an internal JWT
   * @param forwardCookies the Cookie header reaches the service (the session endpoints only)
   */
  public record Route(Upstream upstream, boolean authenticated, boolean forwardCookies) {}

  private static final Route TOKEN_PUBLIC = new Route(Upstream.TOKEN_SERVICE, false, true);
  private static final Route TOKEN = new Route(Upstream.TOKEN_SERVICE, true, false);
  private static final Route WORKSHOP = new Route(Upstream.WORKSHOP_SERVICE, true, false);

  public Optional<Route> resolve(String path) {
    if (path == null) {
      return Optional.empty();
    }
    if (path.startsWith("/auth/")) {
      return Optional.of(path.equals("/auth/me") ? TOKEN : TOKEN_PUBLIC);
    }
    if (!path.startsWith("/api/")) {
      return Optional.empty();
    }
    if (isUnder(path, "/api/tokens") || isUnder(path, "/api/members")) {
      return Optional.of(TOKEN);
    }
    return Optional.of(WORKSHOP);
  }

  /** Whether the authentication mechanism should read a credential for this path. */
  public boolean authenticates(String path) {
    return resolve(path).map(Route::authenticated).orElse(false);
  }

  private static boolean isUnder(String path, String prefix) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }
}
