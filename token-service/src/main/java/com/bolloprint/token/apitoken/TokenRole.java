package com.bolloprint.token.apitoken;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do: admin = everything, worker = orders/customers/catalog, viewer = read.
 */
public enum TokenRole {
  ADMIN,
  WORKER,
  VIEWER;

  public static final String ALLOWED = "admin, worker, viewer";

  public String wire() {
    return name().toLowerCase();
  }

  public static Optional<TokenRole> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.wire().equals(value)).findFirst();
  }

  /** Stores the lower-case wire name. */
  @jakarta.persistence.Converter
  public static class Converter implements AttributeConverter<TokenRole, String> {
    @Override
    public String convertToDatabaseColumn(TokenRole role) {
      return role == null ? null : role.wire();
    }

    @Override
    public TokenRole convertToEntityAttribute(String value) {
      return value == null ? null : parse(value).orElseThrow();
    }
  }
}
