package stockassistant.adapters.persistence.citus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * The step after Flyway on a Citus coordinator: spreads every table the migrations made that is
 * not spread yet, so later migrations are covered without a Citus-only migration of their own.
 * The per-code history tables are distributed by {@code third_code} and co-located (a code's
 * bars and reports sit on one worker, so a one-code query is a router query); every other table
 * is small and becomes a reference table (a copy on every node, joinable from any shard), except a
 * table with row triggers ({@code llm_configs} stamps {@code updated_at} with
 * {@code clock_timestamp()}): each copy of a reference table would run the trigger on its own and
 * the copies would differ, so it stays a plain table on the coordinator, where every statement on
 * it runs unchanged (none joins it with a distributed table). On a database without the
 * {@code citus} extension it does nothing.
 */
public final class CitusDistribution {
  private static final Logger log = LoggerFactory.getLogger(CitusDistribution.class);
  /** Distributed by {@link #DISTRIBUTION_COLUMN}; all co-located with the first. */
  static final List<String> DISTRIBUTED = List.of("stock_daily", "stock_finance");
  static final String DISTRIBUTION_COLUMN = "third_code";
  /**
   * Flyway's bookkeeping, and the write version every bar write bumps: a reference table would
   * make each write need every worker (a write for a code on a live worker would fail while
   * another worker is down); on the coordinator it joins the write's transaction there.
   */
  static final Set<String> LOCAL = Set.of("flyway_schema_history", "table_version");
  /** Two instances migrating at once must not both distribute a table: the second would fail. */
  private static final long LOCK_KEY = 0x5354_4b43_4954_5553L; // "STKCITUS"

  private CitusDistribution() {}

  /** Distributes what is not yet distributed; returns one line per table it changed. */
  public static List<String> apply(DatabaseTarget target, PoolSettings pool) {
    try (Connection connection = DriverProperties.connect(target, pool,
        Direct.of("citus").longWork())) {
      return apply(connection);
    } catch (SQLException failure) {
      throw new IllegalStateException("distributing the tables over the Citus cluster failed: "
          + failure.getMessage(), failure);
    }
  }

  /** As {@link #apply(DatabaseTarget, PoolSettings)}, on an open autocommit coordinator connection. */
  public static List<String> apply(Connection connection) throws SQLException {
    if (!CitusCluster.installed(connection)) {
      return List.of();
    }
    try (Statement lock = connection.createStatement()) {
      lock.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
    }
    try {
      var done = new ArrayList<String>();
      List<String> pending = referencedFirst(connection, undistributedTables(connection));
      for (String table : DISTRIBUTED) {
        if (pending.contains(table)) {
          // V8's write-version trigger: Citus refuses to distribute a table with triggers; the
          // write path bumps the version itself in the writing transaction
          try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TRIGGER IF EXISTS tr_" + table + "_version ON " + table);
          }
        }
      }
      List<String> triggered = tablesWithTriggers(connection);
      for (String table : pending) {
        if (DISTRIBUTED.contains(table) || LOCAL.contains(table)) {
          continue;
        }
        if (triggered.contains(table)) {
          log.info("Citus: {} stays a local table on the coordinator: it has row triggers", table);
        } else {
          call(connection, "SELECT create_reference_table(quote_ident(?)::regclass)", table);
          done.add(table + ": reference table");
        }
      }
      for (String table : DISTRIBUTED) {
        if (pending.contains(table)) {
          String first = DISTRIBUTED.get(0);
          call(connection, table.equals(first)
              ? "SELECT create_distributed_table(quote_ident(?)::regclass, '" + DISTRIBUTION_COLUMN + "')"
              : "SELECT create_distributed_table(quote_ident(?)::regclass, '" + DISTRIBUTION_COLUMN
                  + "', colocate_with => '" + first + "')", table);
          done.add(table + ": distributed by " + DISTRIBUTION_COLUMN
              + (table.equals(first) ? "" : ", co-located with " + first));
        }
      }
      for (String table : pending) {
        if (!LOCAL.contains(table) && !triggered.contains(table)) {
          // rows that were there before are copied to the shards and stay behind, unread, in
          // the coordinator's own table: drop those copies
          call(connection, "SELECT truncate_local_data_after_distributing_table(quote_ident(?)::regclass)", table);
        }
      }
      done.forEach(line -> log.info("Citus: {}", line));
      return done;
    } finally {
      try (Statement unlock = connection.createStatement()) {
        unlock.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      }
    }
  }

  /** Plain tables of the schema the migrations use that Citus does not know yet. */
  static List<String> undistributedTables(Connection connection) throws SQLException {
    var tables = new ArrayList<String>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
              AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid)
            ORDER BY c.relname""")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  /**
   * The tables ordered so that a table comes after every table its foreign keys point at: a
   * reference table may only point at a reference table (sync_rejected -> sync_run).
   */
  static List<String> referencedFirst(Connection connection, List<String> tables)
      throws SQLException {
    var pointsAt = new java.util.HashMap<String, List<String>>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("""
            SELECT c.relname, r.relname FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> r.oid""")) {
      while (rows.next()) {
        pointsAt.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    var ordered = new ArrayList<String>();
    var left = new ArrayList<>(tables);
    while (!left.isEmpty()) {
      String next = left.stream()
          .filter(table -> pointsAt.getOrDefault(table, List.of()).stream()
              .noneMatch(target -> left.contains(target) && !target.equals(table)))
          .findFirst().orElse(left.get(0)); // a cycle: Citus will name it
      ordered.add(next);
      left.remove(next);
    }
    return ordered;
  }

  /** Tables of the schema with triggers of their own (not the ones constraints make). */
  static List<String> tablesWithTriggers(Connection connection) throws SQLException {
    var tables = new ArrayList<String>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("""
            SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND NOT t.tgisinternal""")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static void call(Connection connection, String sql, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      statement.execute();
    }
  }
}
