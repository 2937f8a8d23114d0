package com.bolloprint.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a request carries to a service: everything only the gateway may set is dropped ({@code
 * Authorization}, {@code X-Tenant*}, {@code X-Actor*}, {@code X-Internal*}, forwarding headers,
 * cookies outside the session endpoints); {@code X-Request-Id} is kept when sane or created; {@code
 * X-Forwarded-*} describe the client; {@code traceparent} passes untouched.
 */
@ApplicationScoped
public class HeaderPolicy {

  private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String[] GATEWAY_ONLY_PREFIXES = {
    "x-tenant", "x-actor", "x-internal", "x-forwarded-"
  };

  /**
   * Rewrites the request's headers in place, before the proxy copies them.
   *
   * @param passThrough auth switched off (a benchmark baseline): the client's Authorization goes
   *     through untouched
   */
  public void prepare(HttpServerRequest request, RouteTable.Route route, boolean passThrough) {
    MultiMap headers = request.headers();
    List<String> drop = new ArrayList<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (isGatewayOnly(lower)) {
        drop.add(name);
      }
    }
    drop.forEach(headers::remove);
    if (!passThrough) {
      headers.remove(HttpHeaders.AUTHORIZATION);
    }
    headers.remove("Forwarded");
    if (!route.forwardCookies()) {
      headers.remove(HttpHeaders.COOKIE);
    }
    String requestId = headers.get(UpstreamProxies.REQUEST_ID);
    if (requestId == null || !SANE_REQUEST_ID.matcher(requestId).matches()) {
      headers.set(UpstreamProxies.REQUEST_ID, UUID.randomUUID().toString());
    }
    headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
    headers.set("X-Forwarded-Proto", request.scheme());
    HostAndPort authority = request.authority();
    if (authority != null) {
      headers.set("X-Forwarded-Host", authority.host());
      if (authority.port() > 0) {
        headers.set("X-Forwarded-Port", Integer.toString(authority.port()));
      }
    }
  }

  static boolean isGatewayOnly(String lowerCaseName) {
    for (String prefix : GATEWAY_ONLY_PREFIXES) {
      if (lowerCaseName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
