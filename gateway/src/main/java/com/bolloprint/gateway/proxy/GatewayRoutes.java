package com.bolloprint.gateway.proxy;

import com.bolloprint.gateway.auth.CredentialAuthenticationMechanism;
import com.bolloprint.gateway.auth.GatewayAuthConfig;
import com.bolloprint.gateway.auth.GatewayIdentity;
import com.bolloprint.gateway.credential.CredentialKind;
import com.bolloprint.gateway.introspection.CacheEntry;
import com.bolloprint.gateway.introspection.TokenServiceConfig;
import com.bolloprint.gateway.introspection.TokenServiceUnavailableException;
import com.bolloprint.gateway.jwt.InternalJwtMinter;
import com.bolloprint.gateway.jwt.SigningKeys;
import com.bolloprint.gateway.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The gateway's public surface on Quarkus's Vert.x router: the proxied {@code /auth/*} and {@code
 * /api/*}, the JWKS, the reserved {@code /admin/}, {@code /internal/*} hidden, and problem+json for
 * authentication failures.
 */
@ApplicationScoped
public class GatewayRoutes {

  private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

  private final RouteTable routes;
  private final UpstreamProxies proxies;
  private final InternalJwtMinter minter;
  private final SigningKeys keys;
  private final HeaderPolicy headers;
  private final GatewayAuthConfig auth;
  private final String retryAfter;

  public GatewayRoutes(
      RouteTable routes,
      UpstreamProxies proxies,
      InternalJwtMinter minter,
      SigningKeys keys,
      HeaderPolicy headers,
      GatewayAuthConfig auth,
      TokenServiceConfig tokenService) {
    this.routes = routes;
    this.proxies = proxies;
    this.minter = minter;
    this.keys = keys;
    this.headers = headers;
    this.auth = auth;
    this.retryAfter = Integer.toString(tokenService.retryAfterSeconds());
  }

  void register(@Observes Router router) {
    router.route().failureHandler(this::onFailure);
    router.route("/internal").handler(rc -> Problem.notFound().send(rc.response()));
    router.route("/internal/*").handler(rc -> Problem.notFound().send(rc.response()));
    router.get("/.well-known/jwks.json").handler(this::jwks);
    router.route("/admin/*").handler(this::admin);
    router.route("/auth/*").handler(this::proxy);
    router.route("/api/*").handler(this::proxy);
  }

  void proxy(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String path = rc.normalizedPath();
    RouteTable.Route route = routes.resolve(path).orElse(null);
    // a path that only matches after decoding or dot-segment removal is never forwarded
    if (route == null || !path.equals(request.path())) {
      Problem.notFound().send(rc.response());
      return;
    }
    CacheEntry entry = GatewayIdentity.entry(rc);
    if (route.authenticated() && auth.enabled() && entry == null) {
      rc.response()
          .putHeader("WWW-Authenticate", CredentialAuthenticationMechanism.INVALID_TOKEN_CHALLENGE);
      Problem.invalidToken().send(rc.response());
      return;
    }
    if (isCookieAuthenticated(rc, route, entry)
        && changesState(request.method())
        && request.getHeader("X-Requested-With") == null) {
      Problem.csrf().send(rc.response());
      return;
    }
    headers.prepare(request, route, !auth.enabled());
    if (entry != null) {
      request
          .headers()
          .set(
              HttpHeaders.AUTHORIZATION,
              "Bearer " + minter.tokenFor(entry, route.upstream().audience()));
    }
    proxies.forUpstream(route.upstream()).handle(request);
  }

  private boolean isCookieAuthenticated(
      RoutingContext rc, RouteTable.Route route, CacheEntry entry) {
    if (entry != null) {
      return GatewayIdentity.kind(rc) == CredentialKind.SESSION;
    }
    // logout: token-service reads the cookie itself
    return route.forwardCookies()
        && rc.normalizedPath().equals("/auth/logout")
        && rc.request().getCookie(CredentialAuthenticationMechanism.SESSION_COOKIE) != null;
  }

  private static boolean changesState(HttpMethod method) {
    return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
  }

  private void jwks(RoutingContext rc) {
    rc.response()
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "public, max-age=60")
        .end(keys.jwks());
  }

  private void admin(RoutingContext rc) {
    if (rc.normalizedPath().equals("/admin")) {
      rc.redirect("/admin/");
      return;
    }
    if (rc.request().method() != HttpMethod.GET || !rc.normalizedPath().equals("/admin/")) {
      Problem.notFound().send(rc.response());
      return;
    }
    rc.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .end(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>BolloPrint admin</title>"
                + "</head><body><h1>BolloPrint admin</h1><p>The admin app is coming soon. The API"
                + " is at <code>/api</code>; sign in with <code>POST /auth/login</code>.</p>"
                + "</body></html>");
  }

  void onFailure(RoutingContext rc) {
    Throwable failure = rootCause(rc.failure());
    if (failure instanceof AuthenticationFailedException) {
      rc.response()
          .putHeader("WWW-Authenticate", CredentialAuthenticationMechanism.INVALID_TOKEN_CHALLENGE);
      Problem.invalidToken().send(rc.response());
    } else if (failure instanceof TokenServiceUnavailableException) {
      rc.response().putHeader("Retry-After", retryAfter);
      Problem.authUnavailable().send(rc.response());
    } else if (isOwnPath(rc.normalizedPath())) {
      if (failure != null) {
        LOG.error("request failed", failure);
      }
      int status = rc.statusCode();
      (status == 404 ? Problem.notFound() : Problem.internal()).send(rc.response());
    } else {
      rc.next();
    }
  }

  private boolean isOwnPath(String path) {
    return path != null && (path.startsWith("/api/") || path.startsWith("/auth/"));
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
