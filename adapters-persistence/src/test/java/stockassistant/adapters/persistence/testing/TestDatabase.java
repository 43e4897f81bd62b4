package stockassistant.adapters.persistence.testing;

import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.pool.Pooler;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;

/**
 * One real PostgreSQL per test JVM (the embedded server under target/), migrated once; each test
 * starts from empty tables. Stopped when the JVM exits.
 *
 * <p>With the system property {@value #POOLER_PROPERTY} set to {@code pgbouncer-transaction} (the
 * "through-pgbouncer" failsafe runs), {@link #target()} and {@link #persistence()} reach that server
 * through a transaction-mode {@link PgBouncer} started here, with {@code DB_POOLER} set: the same
 * tests then prove the service works behind it. Set-up and checks ({@link #execute},
 * {@link #count}) stay on a direct connection.
 */
public final class TestDatabase {
  public static final String POOLER_PROPERTY = "stockassistant.test.pooler";
  private static final Pooler POOLER = Pooler.of(System.getProperty(POOLER_PROPERTY, "none"));
  public static final String CLUSTER_PROPERTY = "stockassistant.test.cluster";
  private static final boolean CITUS = "citus".equals(System.getProperty(CLUSTER_PROPERTY));
  private static EmbeddedPostgresServer server;
  private static CitusTestCluster citus;
  private static PgBouncer bouncer;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgresServer server() {
    if (CITUS) {
      return citus().coordinator();
    }
    if (server == null) {
      Path root = Path.of(System.getProperty("user.dir"), "target", "test-postgres");
      server = EmbeddedPostgresServer.start(root, Map.of("fsync", "off",
          "synchronous_commit", "off", "full_page_writes", "off"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
      Flyway.configure().dataSource(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, server.password())
          .locations("classpath:db/migration").load().migrate();
    }
    return server;
  }

  /**
   * A server of its own, migrated, for tests that kill or cut off the database; the caller
   * closes it. {@link #restart} starts it again after a {@link Crash}.
   */
  public static EmbeddedPostgresServer dedicatedServer(String name) {
    Path root = Path.of(System.getProperty("user.dir"), "target", name);
    EmbeddedPostgresServer dedicated = restart(root);
    Runtime.getRuntime().addShutdownHook(new Thread(dedicated::close, "stop-" + name));
    Flyway.configure().dataSource(dedicated.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, dedicated.password())
        .locations("classpath:db/migration").load().migrate();
    return dedicated;
  }

  /** Starts (again) the dedicated server under {@code root}, on the port it had. */
  public static EmbeddedPostgresServer restart(Path root) {
    // synchronous_commit stays on: fault tests count acknowledged commits after a crash
    return EmbeddedPostgresServer.start(root, Map.of("fsync", "off"));
  }

  /** Where a test server is, with its credentials. */
  public static DatabaseTarget target(EmbeddedPostgresServer server) {
    return new DatabaseTarget(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, server.password());
  }

  /** The shared test server behind a proxy (or anything else) listening on {@code port}. */
  public static DatabaseTarget targetOnPort(EmbeddedPostgresServer server, int port) {
    return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/"
        + EmbeddedPostgresServer.DATABASE, EmbeddedPostgresServer.SUPERUSER, server.password());
  }

  /** The shared test server, through PgBouncer in the through-pgbouncer runs. */
  public static DatabaseTarget target() {
    return POOLER.poolsTransactions() ? bouncer().target() : target(server());
  }

  /** The product's defaults on the shared test server (with DB_POOLER set behind PgBouncer). */
  public static Persistence persistence() {
    return Persistence.open(target(), pool(), ResilienceSettings.defaults(), Budgets.defaults(),
        new MetricRegistry());
  }

  /** The shipped pool settings, with the pooler of this run. */
  public static PoolSettings pool() {
    return TestPoolSettings.withPooler(PoolSettings.defaults(), POOLER);
  }

  /** Whether this run's shared server is a Citus coordinator (the through-citus runs). */
  public static boolean onCitus() {
    return CITUS;
  }

  /** The cluster of a through-citus run (skips the test when Citus is not installed). */
  public static synchronized CitusTestCluster citus() {
    if (citus == null) {
      citus = CitusTestCluster.start("test-citus", 2);
    }
    return citus;
  }

  /** The PgBouncer of a through-pgbouncer run (skips the test when pgbouncer is not installed). */
  private static synchronized PgBouncer bouncer() {
    if (bouncer == null) {
      bouncer = PgBouncer.inFrontOf(server(), 20);
    }
    return bouncer;
  }

  public static void truncateAll() {
    execute("TRUNCATE stock_info, stock_daily, stock_finance, llm_configs, trade_calendar, "
        + "stock_suspension");
  }

  public static void execute(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  public static long count(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  /** A whole table as text, ordered by every column: for comparing two tables' contents. */
  public static String dump(String table) {
    return query(
        "SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM " + table + " t");
  }

  private static String query(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  public static Connection connect() throws SQLException {
    return connect(server());
  }

  public static Connection connect(EmbeddedPostgresServer server) throws SQLException {
    DatabaseTarget target = target(server);
    return DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password());
  }
}
