package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import stockassistant.adapters.persistence.llm.StoredApiKeys;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.secrets.KeyRing;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.DatabaseTarget;
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

  private final DatabaseTarget target;
  private final AppConfig config;

  public DatabaseDiagnosis(DatabaseTarget target, AppConfig config) {
    this.target = target;
    this.config = config;
  }

  public String run(Map<String, Object> report) {
    PoolSettings pool = config.pool().forTarget(target.jdbcUrl(), target.username(), target.password());
    report.put("pool", poolSummary(pool));
    try (Connection connection = connect(pool)) {
      report.put("server", single(connection, "SELECT version()"));
      report.put("max_connections", single(connection, "SHOW max_connections"));
      report.put("statement_timeout", "server " + single(connection, "SHOW statement_timeout")
          + ", ours " + pool.statementTimeout().toMillis() + " ms");
      report.put("round_trip", roundTrip(connection));
      Migrations.Status status = new Migrations(target).status();
      report.put("migrations", "version " + status.currentVersion() + ", " + status.pending()
          + " pending");
      if (!status.upToDate()) {
        return (status.currentVersion() == null ? "the schema is missing" : "the schema is behind")
            + ": " + status.pending() + " migration(s) pending; run ./stock-assistant migrate";
      }
      report.put("rows", rowCounts(connection));
      return apiKeys(pool, report);
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
    var audit = new StoredApiKeys(() -> connect(pool)).pass(ring, StoredApiKeys.Scope.AUDIT);
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

  private static Connection connect(PoolSettings pool) throws SQLException {
    var properties = new Properties();
    if (pool.username() != null) {
      properties.setProperty("user", pool.username());
    }
    if (pool.password() != null) {
      properties.setProperty("password", pool.password());
    }
    long connectSeconds = Math.max(1, pool.connectTimeout().toSeconds());
    properties.setProperty("connectTimeout", String.valueOf(connectSeconds));
    properties.setProperty("loginTimeout", String.valueOf(connectSeconds));
    properties.setProperty("socketTimeout", "30");
    properties.setProperty("ApplicationName", "stock-assistant-doctor");
    if (pool.sslMode() != null) {
      properties.setProperty("sslmode", pool.sslMode());
    }
    return DriverManager.getConnection(pool.jdbcUrl(), properties);
  }

  private static String poolSummary(PoolSettings pool) {
    return String.format(Locale.ROOT,
        "max %d, min idle %d, connection timeout %d ms, idle timeout %d ms, max lifetime %d ms, "
            + "keepalive %d ms, leak detection %d ms, socket timeout %d ms, prepare threshold %d",
        pool.maximumPoolSize(), pool.minimumIdle(), pool.connectionTimeout().toMillis(),
        pool.idleTimeout().toMillis(), pool.maxLifetime().toMillis(),
        pool.keepaliveTime().toMillis(), pool.leakDetectionThreshold().toMillis(),
        pool.socketTimeout().toMillis(), pool.prepareThreshold());
  }

  private static String roundTrip(Connection connection) throws SQLException {
    var micros = new ArrayList<Long>();
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < ROUND_TRIPS; i++) {
        long start = System.nanoTime();
        statement.execute("SELECT 1");
        micros.add((System.nanoTime() - start) / 1_000);
      }
    }
    Collections.sort(micros);
    return String.format(Locale.ROOT, "median %.2f ms, max %.2f ms over %d SELECT 1",
        micros.get(ROUND_TRIPS / 2) / 1000.0, micros.get(ROUND_TRIPS - 1) / 1000.0, ROUND_TRIPS);
  }

  private static Map<String, String> rowCounts(Connection connection) throws SQLException {
    var counts = new LinkedHashMap<String, String>();
    for (String table : TABLES) {
      long estimate = Long.parseLong(single(connection,
          "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = '" + table + "'::regclass"));
      counts.put(table, estimate < EXACT_COUNT_BELOW
          ? single(connection, "SELECT count(*) FROM " + table)
          : "~" + estimate + " (planner estimate)");
    }
    return counts;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
