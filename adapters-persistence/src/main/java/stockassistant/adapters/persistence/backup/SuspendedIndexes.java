package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes and unique constraints of a schema's tables, dropped before a bulk load and built
 * again after it, inside the load's transaction: one sorted build per index is several times
 * faster than maintaining it row by row (pg_restore loads in the same order). A failure rolls
 * the drops back with the rows. Skipped when any foreign key exists: a referenced key cannot be
 * dropped without dropping what references it.
 */
final class SuspendedIndexes {
  private final List<String> rebuild;

  private SuspendedIndexes(List<String> rebuild) {
    this.rebuild = rebuild;
  }

  /** Drops them; the tables must be empty (just truncated) for this to pay. */
  static SuspendedIndexes drop(Connection connection, String schema) throws SQLException {
    List<String> drops = new ArrayList<>();
    List<String> rebuild = new ArrayList<>();
    if (hasForeignKeys(connection, schema)) {
      return new SuspendedIndexes(List.of());
    }
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND k.contype IN ('p', 'u') AND c.relname <> ?""")) {
      statement.setString(1, schema);
      statement.setString(2, TableCatalog.FLYWAY_HISTORY);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String table = TableCatalog.qualified(schema, rows.getString(1));
          String constraint = TableCatalog.quote(rows.getString(2));
          drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint);
          rebuild.add("ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " "
              + rows.getString(3));
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relname <> ? AND c.relkind = 'r'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)""")) {
      statement.setString(1, schema);
      statement.setString(2, TableCatalog.FLYWAY_HISTORY);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          drops.add("DROP INDEX " + rows.getString(1));
          rebuild.add(rows.getString(2));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String drop : drops) {
        statement.execute(drop);
      }
    }
    return new SuspendedIndexes(rebuild);
  }

  /** Builds every dropped index and constraint again (a duplicate key fails here). */
  void rebuild(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
      for (String sql : rebuild) {
        statement.execute(sql);
      }
    }
  }

  private static boolean hasForeignKeys(Connection connection, String schema)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_namespace n
          ON n.oid = k.connamespace WHERE n.nspname = ? AND k.contype = 'f')""")) {
      statement.setString(1, schema);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }
}
