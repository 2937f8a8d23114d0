package com.bolloprint.token.common;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505), whichever layer wrapped it. */
public final class UniqueViolation {
  private UniqueViolation() {}

  public static boolean matches(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
        return true;
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
