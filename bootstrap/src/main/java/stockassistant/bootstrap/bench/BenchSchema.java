package stockassistant.bootstrap.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * The scratch schema {@code bench}: copies of stock_daily (indexes included) so benchmarks never
 * touch real data, reached by the repositories through {@code currentSchema=bench}.
 */
final class BenchSchema {
  static final String SCHEMA = "bench";

  private final DatabaseTarget target;
  private final PoolSettings pool;

  BenchSchema(DatabaseTarget target, PoolSettings pool) {
    this.target = target;
    this.pool = pool;
  }

  /** The same database, with unqualified names resolving to the bench tables first. */
  String jdbcUrl() {
    String url = target.jdbcUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
  }

  /** {@link #jdbcUrl} with the database's credentials. */
  DatabaseTarget target() {
    return new DatabaseTarget(jdbcUrl(), target.username(), target.password());
  }

  void create() throws SQLException {
    execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA,
        "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".stock_daily (LIKE public.stock_daily INCLUDING ALL)",
        "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".copy_ceiling (LIKE public.stock_daily INCLUDING ALL)",
        "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".stock_info (LIKE public.stock_info INCLUDING ALL)");
  }

  /** The other tables the audit reads (issue 29), copies of the real ones. */
  void createForAudit() throws SQLException {
    execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".trade_calendar (LIKE public.trade_calendar INCLUDING ALL)",
        "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".stock_suspension (LIKE public.stock_suspension INCLUDING ALL)",
        "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".stock_finance (LIKE public.stock_finance INCLUDING ALL)");
  }

  void truncateForAudit() throws SQLException {
    execute("TRUNCATE " + SCHEMA + ".stock_daily");
  }

  void truncateForIngest() throws SQLException {
    execute("TRUNCATE " + SCHEMA + ".stock_daily, " + SCHEMA + ".copy_ceiling");
  }

  void analyze() throws SQLException {
    execute("VACUUM ANALYZE " + SCHEMA + ".stock_daily");
  }

  Connection connect() throws SQLException {
    return DriverProperties.connect(target, pool, Direct.of("bench").longWork());
  }

  void execute(String... statements) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
