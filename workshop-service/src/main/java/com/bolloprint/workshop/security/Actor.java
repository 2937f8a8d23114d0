package com.bolloprint.workshop.security;

import java.util.UUID;

/**
 * Who acts, for which workshop, taken from the verified internal JWT only.
 *
 * @param workshopId the JWT's {@code tenant}
 * @param subject {@code token:<uuid>} or {@code user:<uuid>}
 * @param type {@code api_token} or {@code user}
 * @param name the token's or person's name as it is now (stored as-is in audit rows)
 * @param requestId the gateway's request id, or the JWT's {@code jti}
 */
public record Actor(UUID workshopId, String subject, String type, String name, String requestId) {

  public static final String API_TOKEN = "api_token";
  public static final String USER = "user";
}
