package com.bolloprint.workshop.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the test database directly (plain JDBC, as the service's own role), to assert on database
 * state. Binds the workshop first, since every business table is under row-level security.
 */
public final class Db {

  public static final String URL = "jdbc:postgresql://127.0.0.1:5432/bolloprint_workshop_test";

  private Db() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "bolloprint", "bolloprint");
  }

  /** Rows of a query run with {@code app.workshop_id} bound to {@code workshop}. */
  public static List<Map<String, Object>> rows(UUID workshop, String sql, Object... params) {
    try (Connection connection = connect()) {
      bind(connection, workshop);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          statement.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = statement.executeQuery()) {
          ResultSetMetaData meta = rs.getMetaData();
          List<Map<String, Object>> out = new ArrayList<>();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              row.put(meta.getColumnLabel(c), rs.getObject(c));
            }
            out.add(row);
          }
          return out;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long count(UUID workshop, String sql, Object... params) {
    return ((Number) rows(workshop, sql, params).get(0).values().iterator().next()).longValue();
  }

  public static void bind(Connection connection, UUID workshop) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('app.workshop_id', ?, false)")) {
      statement.setString(1, workshop == null ? "" : workshop.toString());
      statement.execute();
    }
  }
}
