package com.bolloprint.token.introspection;

import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.common.Secrets;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The gateway proves itself on /internal/* with HTTP Basic {@code gateway:<secret>}, the secret
 * shared through configuration (a Kubernetes Secret in production).
 */
@ApplicationScoped
public class InternalClients {
  static final String CLIENT_ID = "gateway";
  private final String expected;

  @ConfigMapping(prefix = "bolloprint.internal")
  public interface Config {
    /** The secret the gateway presents. No default in production: the service will not start. */
    String clientSecret();
  }

  public InternalClients(Config config) {
    String credentials = CLIENT_ID + ":" + config.clientSecret();
    this.expected =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  public void authenticate(String authorization) {
    if (authorization == null || !Secrets.constantTimeEquals(authorization, expected)) {
      throw ProblemException.unauthorized("Only the gateway may call this endpoint");
    }
  }
}
