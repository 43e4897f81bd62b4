package stockassistant.bootstrap.database;

import stockassistant.bootstrap.support.ShippedMigrations;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** A database of an earlier schema version upgrades in place, its data kept. */
class MigrationsIT {

  @Test
  void aVersion1DatabaseWithBarsGetsTheCrossSectionIndexAndKeepsItsRows() throws SQLException {
    TestDatabase.execute("DROP DATABASE IF EXISTS migrations_v1");
    TestDatabase.execute("CREATE DATABASE migrations_v1");
    EmbeddedPostgresServer server = TestDatabase.server();
    var target = new DatabaseTarget(server.jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE,
        "/migrations_v1"), EmbeddedPostgresServer.SUPERUSER, server.password());
    Flyway.configure().dataSource(target.jdbcUrl(), target.username(), target.password())
        .locations("classpath:db/migration").target("1").load().migrate();
    execute(target, "INSERT INTO stock_daily (third_code, trade_date, close) "
        + "SELECT to_char(600000 + c, 'FM000000') || '.SH', date '2024-01-01' + d, c + d "
        + "FROM generate_series(0, 99) c, generate_series(0, 49) d");

    int applied = new Migrations(target, PoolSettings.defaults()).migrate();

    assertThat(applied).as("every migration after V1").isEqualTo(ShippedMigrations.count() - 1);
    assertThat(new Migrations(target, PoolSettings.defaults()).status().upToDate()).isTrue();
    assertThat(single(target, "SELECT count(*) FROM stock_daily")).isEqualTo("5000");
    assertThat(single(target, "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
        + "WHERE tablename = 'stock_daily'"))
        .contains("ix_stock_daily_trade_date_code").contains("pk_stock_daily")
        .doesNotContain("ix_stock_daily_trade_date,");
    execute(target, "ANALYZE stock_daily");
    assertThat(explain(target, "EXPLAIN SELECT * FROM stock_daily WHERE trade_date = '2024-01-10' "
        + "AND third_code > '600010.SH' ORDER BY third_code LIMIT 20"))
        .as("a cross-section page is one range scan of the new index, no sort")
        .contains("ix_stock_daily_trade_date_code").doesNotContain("Sort");
  }

  private static void execute(DatabaseTarget target, String sql) throws SQLException {
    try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String single(DatabaseTarget target, String sql) throws SQLException {
    try (Connection connection = connect(target); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static String explain(DatabaseTarget target, String sql) throws SQLException {
    var plan = new StringBuilder();
    try (Connection connection = connect(target); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  private static Connection connect(DatabaseTarget target) throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password());
  }
}
