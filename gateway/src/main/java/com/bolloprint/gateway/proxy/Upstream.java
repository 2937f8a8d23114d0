package com.bolloprint.gateway.proxy;

/** A service behind the gateway; its name is the {@code aud} of the JWTs minted for it. */
public enum Upstream {
  TOKEN_SERVICE("token-service"),
  WORKSHOP_SERVICE("workshop-service");

  private final String audience;

  Upstream(String audience) {
    this.audience = audience;
  }

  public String audience() {
    return audience;
  }
}
