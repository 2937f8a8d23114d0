package com.bolloprint.gateway.introspection;

/**
 * token-service could not answer (unreachable, timed out, 5xx, circuit open). Never means that the
 * credential is bad: the client gets 503 with {@code Retry-After}, not 401.
 */
public class TokenServiceUnavailableException extends RuntimeException {

  public TokenServiceUnavailableException(String message) {
    super(message, null, false, false);
  }
}
