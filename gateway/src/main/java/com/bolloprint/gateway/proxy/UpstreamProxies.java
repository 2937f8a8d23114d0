package com.bolloprint.gateway.proxy;

import com.bolloprint.gateway.introspection.TokenServiceClient;
import com.bolloprint.gateway.introspection.TokenServiceConfig;
import com.bolloprint.gateway.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One {@link HttpProxy} (vertx-http-proxy: streamed bodies, hop-by-hop headers handled) per
 * service, with timeouts on every call and problem+json for an unreachable (502) or silent (504)
 * service.
 */
@ApplicationScoped
public class UpstreamProxies {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Logger LOG = Logger.getLogger(UpstreamProxies.class);

  private final Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);

  public UpstreamProxies(Vertx vertx, ProxyConfig config, TokenServiceConfig tokenService) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxPoolSize()));
    proxies.put(
        Upstream.TOKEN_SERVICE,
        proxy(client, tokenService.url(), config, Upstream.TOKEN_SERVICE.audience()));
    proxies.put(
        Upstream.WORKSHOP_SERVICE,
        proxy(client, config.workshopServiceUrl(), config, Upstream.WORKSHOP_SERVICE.audience()));
  }

  public HttpProxy forUpstream(Upstream upstream) {
    return proxies.get(upstream);
  }

  private static HttpProxy proxy(HttpClient client, URI url, ProxyConfig config, String name) {
    RequestOptions origin =
        new RequestOptions()
            .setHost(url.getHost())
            .setPort(TokenServiceClient.port(url))
            .setSsl("https".equalsIgnoreCase(url.getScheme()))
            .setIdleTimeout(config.timeout().toMillis());
    return HttpProxy.reverseProxy(client)
        .origin(context -> client.request(new RequestOptions(origin)))
        .addInterceptor(new ProblemOnFailure(name));
  }

  /** Maps a failed call to 502/504 problem+json and echoes the request id on every answer. */
  private record ProblemOnFailure(String service) implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      String requestId = context.request().headers().get(REQUEST_ID);
      return context
          .sendRequest()
          .recover(
              failure -> {
                LOG.debugf("%s failed for request %s: %s", service, requestId, failure.toString());
                Problem problem =
                    failure instanceof TimeoutException
                        ? Problem.gatewayTimeout(service)
                        : Problem.badGateway(service);
                ProxyResponse response =
                    context
                        .request()
                        .release()
                        .response()
                        .setStatusCode(problem.status())
                        .putHeader("Content-Type", Problem.CONTENT_TYPE)
                        .setBody(Body.body(problem.body()));
                return Future.succeededFuture(response);
              });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
      String requestId = context.request().headers().get(REQUEST_ID);
      if (requestId != null) {
        context.response().putHeader(REQUEST_ID, requestId);
      }
      return context.sendResponse();
    }
  }
}
