package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.replica.ReplicaSettings;

/** Each read replica of DATABASE_READ_URL: reachable, a standby, and how far behind the primary. */
final class ReplicaCheck {
  interface Connector {
    Connection open(DatabaseTarget target) throws SQLException;
  }

  private ReplicaCheck() {}

  /** Fills {@code read_replicas}; returns the first problem, or null. */
  static String run(Connection primary, ReplicaSettings settings, Connector connector,
      Map<String, Object> report) throws SQLException {
    if (settings.isEmpty()) {
      return null;
    }
    long primaryLsn = lsn(primary, "pg_current_wal_lsn()");
    List<Map<String, Object>> replicas = new ArrayList<>();
    String problem = null;
    for (DatabaseTarget replica : settings.replicas()) {
      var entry = new LinkedHashMap<String, Object>();
      entry.put("target", replica.maskedUrl());
      try (Connection connection = connector.open(replica)) {
        boolean standby = inRecovery(connection);
        entry.put("standby", standby);
        if (standby) {
          entry.put("behind_bytes", Math.max(0, primaryLsn - lsn(connection, "pg_last_wal_replay_lsn()")));
        } else if (problem == null) {
          problem = "read replica " + replica.maskedUrl() + " is not a standby (promoted, or "
              + "the primary itself): reads there would not follow the primary";
        }
      } catch (SQLException unreachable) {
        entry.put("standby", null);
        if (problem == null) {
          problem = "read replica " + replica.maskedUrl() + ": " + FailureReasons.describe(unreachable);
        }
      }
      replicas.add(entry);
    }
    report.put("read_replicas", replicas);
    report.put("read_max_lag_ms", settings.maxLag().toMillis());
    return problem;
  }

  private static boolean inRecovery(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_is_in_recovery()")) {
      row.next();
      return row.getBoolean(1);
    }
  }

  private static long lsn(Connection connection, String function) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT (" + function + " - '0/0'::pg_lsn)::bigint")) {
      row.next();
      return row.getLong(1);
    }
  }
}
