package com.bolloprint.token.introspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The RFC 7662 answer. An inactive credential is exactly {@code {"active":false}}: the reason is
 * never told.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Introspection(
    boolean active,
    @JsonProperty("token_type") String tokenType,
    String sub,
    String tenant,
    String role,
    String name,
    Long exp,
    Long iat,
    String sid) {

  public static final Introspection INACTIVE =
      new Introspection(false, null, null, null, null, null, null, null, null);
}
