package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The schema version Flyway recorded in a schema, read with plain SQL inside any transaction. */
final class SchemaHistory {
  /** Flyway's versions compare part by part as numbers: 3 < 3.1 < 10. */
  static final Comparator<String> VERSION_ORDER = (left, right) -> {
    long[] a = parts(left);
    long[] b = parts(right);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int compared = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  };

  private SchemaHistory() {}

  /** The highest version applied successfully, or null when the schema has no Flyway history. */
  static String current(Connection connection, String schema) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?)")) {
      exists.setString(1, TableCatalog.qualified(schema, TableCatalog.FLYWAY_HISTORY));
      try (ResultSet row = exists.executeQuery()) {
        row.next();
        if (row.getString(1) == null) {
          return null;
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM "
        + TableCatalog.qualified(schema, TableCatalog.FLYWAY_HISTORY)
        + " WHERE success AND version IS NOT NULL")) {
      try (ResultSet rows = statement.executeQuery()) {
        String highest = null;
        while (rows.next()) {
          String version = rows.getString(1);
          if (isVersion(version) && (highest == null || VERSION_ORDER.compare(version, highest) > 0)) {
            highest = version;
          }
        }
        return highest;
      }
    }
  }

  static boolean isVersion(String text) {
    return text != null && text.matches("\\d+(\\.\\d+)*");
  }

  static boolean newer(String version, List<String> than) {
    return than.stream().allMatch(known -> VERSION_ORDER.compare(version, known) > 0);
  }

  private static long[] parts(String version) {
    return Arrays.stream(version.split("[._]")).mapToLong(part -> {
      try {
        return Long.parseLong(part);
      } catch (NumberFormatException notNumeric) {
        return 0;
      }
    }).toArray();
  }
}
