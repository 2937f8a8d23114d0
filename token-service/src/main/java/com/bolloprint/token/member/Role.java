package com.bolloprint.token.member;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/** A person's role in a workshop. */
public enum Role {
  OWNER,
  ADMIN,
  WORKER,
  READONLY;

  public String wire() {
    return name().toLowerCase();
  }

  public static Optional<Role> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.wire().equals(value)).findFirst();
  }

  public static String allowed() {
    return "owner, admin, worker, readonly";
  }

  /** Stores the lower-case wire name. */
  @jakarta.persistence.Converter
  public static class Converter implements AttributeConverter<Role, String> {
    @Override
    public String convertToDatabaseColumn(Role role) {
      return role == null ? null : role.wire();
    }

    @Override
    public Role convertToEntityAttribute(String value) {
      return value == null ? null : parse(value).orElseThrow();
    }
  }
}
