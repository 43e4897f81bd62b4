package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.Migrations;
import stockassistant.bootstrap.security.KeyRings;
import stockassistant.bootstrap.security.SecretKeySettings;

/**
 * The checks of {@code doctor}, on one plain connection (not the pool: a doctor must see the
 * first error, not a retried one). Fills the report and returns the failure reason, or null.
 */
public final class DatabaseDiagnosis {
  private static final List<String> TABLES =
      List.of("stock_info", "stock_daily", "stock_finance", "llm_configs");
  private static final int ROUND_TRIPS = 20;
  private static final long EXACT_COUNT_BELOW = 1_000_000;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final DatabaseTarget target;
  private final AppConfig config;

  public DatabaseDiagnosis(DatabaseTarget target, AppConfig config) {
    this.target = target;
    this.config = config;
  }

  public String run(Map<String, Object> report) {
    PoolSettings pool = config.pool();
    report.put("pool", poolSummary(pool));
    try (Connection connection = connect(target, pool)) {
      String misfit = PoolerCheck.judge(PoolerCheck.look(connection, () -> connect(target, pool)),
          pool.session().pooler(), report);
      report.put("server", single(connection, "SELECT version()"));
      report.put("max_connections", Long.parseLong(single(connection, "SHOW max_connections")));
      var statementTimeout = new LinkedHashMap<String, Object>();
      // pg_settings gives the timeout in ms whatever unit it was set in
      statementTimeout.put("server", Long.parseLong(single(connection,
          "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'")));
      statementTimeout.put("ours", pool.timeouts().statementTimeout().toMillis());
      statementTimeout.put("ours_applies_to", pool.session().pooler().poolsTransactions()
          ? "each write transaction (SET LOCAL); reads end at their budget" : "every statement");
      report.put("statement_timeout_ms", statementTimeout);
      report.put("round_trip_ms", roundTrip(connection));
      DatabaseTarget migrationTarget = config.migrationTarget(target);
      if (config.migrationDatabase().isPresent()) {
        report.put("migration_target", migrationTarget.maskedUrl());
        try (Connection direct = connect(migrationTarget, pool)) {
          if (PoolerCheck.look(direct, () -> connect(migrationTarget, pool)).pooler()) {
            return "DATABASE_MIGRATION_URL goes through a pooler too: it must reach the primary "
                + "directly (migrations hold a session-level advisory lock)";
          }
        }
      }
      Migrations.Status status = new Migrations(migrationTarget, pool).status();
      var migrations = new LinkedHashMap<String, Object>();
      migrations.put("version", status.currentVersion());
      migrations.put("pending", status.pending());
      report.put("migrations", migrations);
      if (!status.upToDate()) {
        return (status.currentVersion() == null ? "the schema is missing" : "the schema is behind")
            + ": " + status.pending() + " migration(s) pending; run ./stock-assistant migrate";
      }
      // before the row counts: counting a distributed table needs every worker
      String citus = CitusCheck.run(connection, report);
      if (citus != null) {
        return citus;
      }
      rowCounts(connection, report);
      if (misfit != null) {
        return misfit;
      }
      String unreadableKeys = apiKeys(pool, report);
      if (unreadableKeys != null) {
        return unreadableKeys;
      }
      return ReplicaCheck.run(connection, config.readReplicas(),
          replica -> connect(replica, pool), report);
    } catch (SQLException | RuntimeException failure) {
      return FailureReasons.describe(failure);
    }
  }

  /**
   * Which stored LLM API keys the configured data keys can decrypt. One that cannot (a lost
   * key file, a different STOCK_SECRET_KEY) fails the check, naming the config.
   */
  private String apiKeys(PoolSettings pool, Map<String, Object> report) throws SQLException {
    SecretKeySettings keys = config.security().keys();
    KeyRing ring = KeyRings.forInspection(keys);
    report.put("data_key", ring.current().map(key -> key.id() + (keys.configured().isPresent()
        ? " (STOCK_SECRET_KEY)" : " (" + keys.keyFile() + ")"))
        .orElse("none (no STOCK_SECRET_KEY, no " + keys.keyFile() + ")"));
    var audit = new StoredApiKeys(() -> connect(target, pool)).pass(ring, StoredApiKeys.Scope.AUDIT);
    report.put("llm_api_keys", audit.rowsByKeyId());
    if (audit.unreadable().isEmpty()) {
      return null;
    }
    report.put("llm_api_keys_unreadable",
        audit.unreadable().stream().map(StoredApiKeys.Unreadable::alias).toList());
    return audit.unreadable().size() + " LLM config(s) have an API key that cannot be decrypted: "
        + audit.unreadable().stream().map(row -> row.alias() + " (" + row.reason() + ")")
            .collect(Collectors.joining("; "))
        + ". Restore STOCK_SECRET_KEY or " + keys.keyFile() + ", or PUT a new api_key for them";
  }

  /** Whatever is at the address (it may not be what DB_POOLER says): nothing session-bound. */
  static Connection connect(DatabaseTarget target, PoolSettings pool) throws SQLException {
    return DriverProperties.connect(target, pool, Direct.of("doctor").reads(READ_TIMEOUT).portable());
  }

  private static Map<String, Object> poolSummary(PoolSettings pool) {
    var summary = new LinkedHashMap<String, Object>();
    summary.put("max_size", pool.sizing().maximumPoolSize());
    summary.put("min_idle", pool.sizing().minimumIdle());
    summary.put("connection_timeout_ms", pool.timeouts().connectionTimeout().toMillis());
    summary.put("idle_timeout_ms", pool.sizing().idleTimeout().toMillis());
    summary.put("max_lifetime_ms", pool.sizing().maxLifetime().toMillis());
    summary.put("keepalive_ms", pool.sizing().keepaliveTime().toMillis());
    summary.put("leak_detection_ms", pool.sizing().leakDetectionThreshold().toMillis());
    summary.put("socket_timeout_ms", pool.timeouts().socketTimeout().toMillis());
    summary.put("prepare_threshold", pool.session().prepareThreshold());
    summary.put("pooler", pool.session().pooler().setting());
    return summary;
  }

  private static Map<String, Object> roundTrip(Connection connection) throws SQLException {
    var micros = new ArrayList<Long>();
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < ROUND_TRIPS; i++) {
        long start = System.nanoTime();
        statement.execute("SELECT 1");
        micros.add((System.nanoTime() - start) / 1_000);
      }
    }
    Collections.sort(micros);
    var summary = new LinkedHashMap<String, Object>();
    summary.put("median", micros.get(ROUND_TRIPS / 2) / 1000.0);
    summary.put("max", micros.get(ROUND_TRIPS - 1) / 1000.0);
    summary.put("samples", ROUND_TRIPS);
    return summary;
  }

  /** Exact counts for small tables; the planner's estimate (named in estimated_rows) for big ones. */
  private static void rowCounts(Connection connection, Map<String, Object> report)
      throws SQLException {
    var counts = new LinkedHashMap<String, Object>();
    var estimated = new ArrayList<String>();
    for (String table : TABLES) {
      long estimate = Long.parseLong(single(connection,
          "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = '" + table + "'::regclass"));
      if (estimate < EXACT_COUNT_BELOW) {
        counts.put(table, Long.parseLong(single(connection, "SELECT count(*) FROM " + table)));
      } else {
        counts.put(table, estimate);
        estimated.add(table);
      }
    }
    report.put("rows", counts);
    report.put("estimated_rows", estimated);
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
