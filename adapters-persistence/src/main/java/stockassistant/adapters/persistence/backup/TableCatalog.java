package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one schema as PostgreSQL's catalog lists them, so a table added by a later
 * migration is backed up without anyone adding it here. Flyway's history is the schema's version,
 * not data: a restore rebuilds it by migrating.
 */
final class TableCatalog {
  static final String FLYWAY_HISTORY = "flyway_schema_history";

  private TableCatalog() {}

  /** One table: its columns in order (generated columns left out: COPY cannot write them). */
  record TableShape(String name, boolean partitioned, List<Manifest.Column> columns) {}

  /** The schema's tables, referenced tables before the tables that reference them. */
  static List<TableShape> tables(Connection connection, String schema) throws SQLException {
    Map<String, Boolean> names = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT c.relname, c.relkind = 'p' FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND c.relname <> ? ORDER BY c.relname""")) {
      statement.setString(1, schema);
      statement.setString(2, FLYWAY_HISTORY);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.put(rows.getString(1), rows.getBoolean(2));
        }
      }
    }
    List<TableShape> tables = new ArrayList<>();
    for (String name : parentsFirst(connection, schema, names.keySet())) {
      tables.add(new TableShape(name, names.get(name), columns(connection, schema, name)));
    }
    return tables;
  }

  private static List<Manifest.Column> columns(Connection connection, String schema, String table)
      throws SQLException {
    List<Manifest.Column> columns = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
        WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attgenerated = '' ORDER BY a.attnum""")) {
      statement.setString(1, qualified(schema, table));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(new Manifest.Column(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return columns;
  }

  /** Orders by foreign keys, so rows that others reference are loaded first. */
  private static List<String> parentsFirst(Connection connection, String schema, Set<String> names)
      throws SQLException {
    Map<String, Set<String>> parents = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT child.relname, parent.relname FROM pg_constraint k
        JOIN pg_class child ON child.oid = k.conrelid
        JOIN pg_class parent ON parent.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = child.relnamespace
        WHERE k.contype = 'f' AND n.nspname = ? AND k.conrelid <> k.confrelid""")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          parents.computeIfAbsent(rows.getString(1), key -> new LinkedHashSet<>())
              .add(rows.getString(2));
        }
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : names) {
      visit(name, parents, names, ordered, new LinkedHashSet<>());
    }
    return List.copyOf(ordered);
  }

  private static void visit(String name, Map<String, Set<String>> parents, Set<String> names,
      Set<String> ordered, Set<String> path) {
    if (ordered.contains(name) || !path.add(name)) {
      return; // done already, or a cycle of foreign keys: any order, the transaction decides
    }
    for (String parent : parents.getOrDefault(name, Set.of())) {
      if (names.contains(parent)) {
        visit(parent, parents, names, ordered, path);
      }
    }
    ordered.add(name);
  }

  /** Sets every identity or serial sequence of the table past its largest value. */
  static void resetSequences(Connection connection, String schema, String table)
      throws SQLException {
    List<String[]> sequences = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT a.attname, pg_get_serial_sequence(?, a.attname) FROM pg_attribute a
        WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(?, a.attname) IS NOT NULL""")) {
      String name = qualified(schema, table);
      statement.setString(1, name);
      statement.setString(2, name);
      statement.setString(3, name);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sequences.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
    }
    for (String[] sequence : sequences) {
      // an empty table starts again at 1; otherwise the next value follows the largest
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT setval(?, COALESCE(max(" + quote(sequence[0]) + "), 1), max("
              + quote(sequence[0]) + ") IS NOT NULL) FROM " + qualified(schema, table))) {
        statement.setString(1, sequence[1]);
        statement.executeQuery().close();
      }
    }
  }

  static String qualified(String schema, String table) {
    return quote(schema) + "." + quote(table);
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String columnList(List<Manifest.Column> columns) {
    return String.join(", ", columns.stream().map(column -> quote(column.name())).toList());
  }
}
