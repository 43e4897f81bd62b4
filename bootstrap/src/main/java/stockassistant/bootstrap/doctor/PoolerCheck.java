package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import stockassistant.adapters.persistence.pool.Pooler;

/**
 * Whether a connection pooler sits at the database's address, and whether {@code DB_POOLER} fits
 * what is there. A pooler answers the client's login itself, with a backend key of its own, so the
 * process id a connection announced is not the server process that runs its queries. Pooling by
 * transaction shows when two open client connections are served by one server process.
 */
final class PoolerCheck {
  private static final int TRIES = 3;

  /** What was seen at one address. */
  record Seen(boolean pooler, boolean poolsTransactions) {}

  interface ConnectionSource {
    Connection open() throws SQLException;
  }

  private PoolerCheck() {}

  static Seen look(Connection first, ConnectionSource another) throws SQLException {
    int announced = first.unwrap(PGConnection.class).getBackendPID();
    int firstServer = backendPid(first);
    if (announced == firstServer) {
      return new Seen(false, false);
    }
    Set<Integer> servedFirst = new HashSet<>(Set.of(firstServer));
    try (Connection second = another.open()) {
      for (int i = 0; i < TRIES; i++) {
        if (servedFirst.contains(backendPid(second))) {
          return new Seen(true, true);
        }
        servedFirst.add(backendPid(first));
        if (servedFirst.size() > 1) {
          return new Seen(true, true); // one client, two server processes
        }
      }
    }
    return new Seen(true, false);
  }

  /** The report entry, and the reason the settings do not fit (null when they do). */
  static String judge(Seen seen, Pooler setting, Map<String, Object> report) {
    var entry = new LinkedHashMap<String, Object>();
    entry.put("setting", setting.setting());
    entry.put("seen", seen.pooler());
    entry.put("pools_transactions", seen.poolsTransactions());
    String misfit = null;
    String note;
    if (seen.poolsTransactions() && !setting.poolsTransactions()) {
      misfit = "a pooler that pools by transaction is in front of the database (two connections "
          + "were served by one server process), but DB_POOLER is " + setting.setting()
          + ": set DB_POOLER=" + Pooler.PGBOUNCER_TRANSACTION.setting();
      note = misfit;
    } else if (seen.pooler() && !setting.poolsTransactions()) {
      note = "a pooler is in front (session pooling, it seems): fine with DB_POOLER=none; if it "
          + "pools by transaction, set DB_POOLER=" + Pooler.PGBOUNCER_TRANSACTION.setting();
    } else if (!seen.pooler() && setting.poolsTransactions()) {
      note = "no pooler seen at DATABASE_URL: DB_POOLER=" + setting.setting()
          + " works without one, but keeps server-side prepared statements off";
    } else {
      note = seen.pooler() ? "the settings fit the pooler" : "direct connection";
    }
    entry.put("note", note);
    report.put("pooler", entry);
    return misfit;
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }
}
