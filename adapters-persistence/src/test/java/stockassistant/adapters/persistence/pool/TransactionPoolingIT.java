package stockassistant.adapters.persistence.pool;

import com.codahale.metrics.MetricRegistry;
import stockassistant.adapters.persistence.session.OpenWork;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.resilience.ResilienceSettings;
import stockassistant.adapters.persistence.session.Budgets;
import stockassistant.adapters.persistence.testing.TestPoolSettings;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.PgBouncer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.QueryTimedOut;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * Debian's PgBouncer 1.18 in {@code pool_mode = transaction} with two server connections in front
 * of the test server: the two ways the service breaks there without {@code DB_POOLER}, and what
 * {@code DB_POOLER=pgbouncer-transaction} keeps working (COPY with its staging table, the
 * statement timeout, the watchdog's cancel). The whole repository and HTTP suites also run through
 * a PgBouncer (the "through-pgbouncer" failsafe run).
 */
class TransactionPoolingIT {
  private static final ThirdCode CODE = ThirdCode.of("600000.SH");
  private static PgBouncer bouncer;

  @BeforeAll
  static void startPgBouncer() {
    bouncer = PgBouncer.inFrontOf(TestDatabase.server(), 2);
  }

  @AfterAll
  static void stopPgBouncer() {
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  @Test
  void withoutDbPoolerPgBouncerRefusesTheStatementTimeoutStartupParameter() {
    PoolSettings shipped = PoolSettings.defaults();

    assertThatThrownBy(() -> DriverProperties.connect(bouncer.target(), shipped,
        Direct.of("test").within(Duration.ofSeconds(5))).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("unsupported startup parameter: options");
  }

  @Test
  void aPortableConnectionPassesPgBouncerWhateverDbPoolerSays() throws SQLException {
    // doctor's connection: it must reach a pooler that DB_POOLER=none does not know about
    try (Connection doctor = DriverProperties.connect(bouncer.target(), PoolSettings.defaults(),
        Direct.of("test").portable()); var rows = doctor.createStatement().executeQuery(
            "SELECT current_setting('application_name')")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("stock-assistant-test");
    }
  }

  @Test
  void withoutDbPoolerServerSidePreparedStatementsMeetTheWrongServerConnection() throws Exception {
    // even with no statement timeout (so no options parameter), prepareThreshold=5 breaks: two
    // pgjdbc connections take turns, one statement each, so PgBouncer serves both from the same
    // server connection, and the second one's 5th run parses "S_1" where the first already has it
    PoolSettings noTimeout = TestPoolSettings.withStatementTimeout(PoolSettings.defaults(), Duration.ZERO);
    var errors = new ArrayList<String>();
    try (Connection first = DriverProperties.connect(bouncer.target(), noTimeout, Direct.of("test"));
        Connection second = DriverProperties.connect(bouncer.target(), noTimeout, Direct.of("test"))) {
      for (int run = 0; run < 8; run++) {
        for (Connection connection : List.of(first, second)) {
          try (PreparedStatement statement = connection.prepareStatement(
              "SELECT count(*) FROM stock_daily WHERE third_code = ?")) {
            statement.setString(1, CODE.value());
            statement.executeQuery().close();
          } catch (SQLException failure) {
            errors.add(failure.getMessage());
          }
        }
      }
    }

    assertThat(errors).as("what pgjdbc's named statements meet behind transaction pooling")
        .anyMatch(message -> message.matches("(?s).*prepared statement \"S_\\d+\" (already exists|does not exist).*"));
  }

  @Test
  void withDbPoolerConcurrentReadsAndCopyUpsertsWorkThroughIt() throws Exception {
    Set<String> errors = ConcurrentHashMap.newKeySet();
    try (Persistence pooled = open(TestPoolSettings.withPooler(PoolSettings.defaults(), Pooler.PGBOUNCER_TRANSACTION),
        Budgets.defaults())) {
      List<DailyBar> first = year(2020, 10.0);
      List<DailyBar> changed = year(2020, 11.0);
      // new keys: COPY straight into the table; existing keys: COPY into a temporary table
      // created ON COMMIT DROP, then INSERT ... SELECT ... ON CONFLICT (one transaction each)
      pooled.unitOfWork().write("test.copy", db -> pooled.quotes().upsertAll(db, first));
      pooled.unitOfWork().write("test.merge", db -> pooled.quotes().upsertAll(db, changed));
      pooled.unitOfWork().write("test.merge", db -> pooled.quotes().upsertAll(db, changed));
      readConcurrently(pooled, errors);
    }

    assertThat(errors).as("errors through PgBouncer with DB_POOLER set").isEmpty();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily WHERE close = 11.0"))
        .isEqualTo(year(2020, 11.0).size());
  }

  @Test
  void withDbPoolerTheStatementTimeoutHoldsPerWriteTransactionAndLeavesNoTrace() {
    PoolSettings oneSecond = TestPoolSettings.withPooler(TestPoolSettings.withStatementTimeout(
        PoolSettings.defaults(), Duration.ofSeconds(1)), Pooler.PGBOUNCER_TRANSACTION);
    try (Persistence pooled = open(oneSecond, Budgets.defaults())) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> pooled.unitOfWork().write("test.slow",
          db -> query(db, "SELECT pg_sleep(4)"))).isInstanceOf(QueryTimedOut.class);
      double millis = (System.nanoTime() - start) / 1e6;
      Figures.record("pgbouncer-statement-timeout", String.format("pg_sleep(4) in a write "
          + "transaction through PgBouncer, DB_STATEMENT_TIMEOUT_MS=1000 as SET LOCAL: QueryTimedOut "
          + "after %.0f ms", millis));
      assertThat(millis).as("ended by the 1 s statement timeout, not the 6 s write budget")
          .isLessThan(2_500.0);

      for (int i = 0; i < 6; i++) {
        assertThat(pooled.unitOfWork().read("test.show", (Db db) -> query(db, "SHOW statement_timeout")))
            .as("the SET LOCAL ended with its transaction on every server connection").isEqualTo("0");
      }
    }
  }

  @Test
  void withDbPoolerAReadPastItsBudgetIsCancelledThroughPgBouncer() {
    var oneSecondReads = new Budgets(Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(60));
    try (Persistence pooled = open(TestPoolSettings.withPooler(PoolSettings.defaults(), Pooler.PGBOUNCER_TRANSACTION),
        oneSecondReads)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> pooled.unitOfWork().read("test.slow",
          db -> query(db, "SELECT pg_sleep(10)"))).isInstanceOf(QueryTimedOut.class);
      double millis = (System.nanoTime() - start) / 1e6;
      Figures.record("pgbouncer-cancel", String.format("pg_sleep(10) in a read through PgBouncer "
          + "under a 1 s read budget: the watchdog's cancel request, forwarded by PgBouncer, "
          + "ended it after %.0f ms (57014, before the abort 1 s later)", millis));
      assertThat(millis).as("cancelled (57014) at the budget, not aborted a second later")
          .isBetween(900.0, 1_900.0);
      assertThat(pooled.unitOfWork().read("test.after", (Db db) -> query(db, "SELECT 'ok'")))
          .isEqualTo("ok");
    }
  }

  private static Persistence open(PoolSettings pool, Budgets budgets) {
    return Persistence.open(bouncer.target(), pool, ResilienceSettings.defaults(), budgets, new MetricRegistry());
  }

  /** 4 threads x 40 range reads: more pgjdbc connections than PgBouncer's 2 server connections. */
  private static void readConcurrently(Persistence persistence, Set<String> errors) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    var done = new ArrayList<Future<?>>();
    for (int t = 0; t < 4; t++) {
      done.add(threads.submit(() -> {
        for (int i = 0; i < 40; i++) {
          try {
            persistence.unitOfWork().read("test.range", db -> persistence.quotes()
                .bars(db, BarQuery.range(CODE, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                    BarMetric.PRICE_BAR), null, 0, 2_000));
          } catch (RuntimeException failure) {
            errors.add(messages(failure));
          }
        }
      }));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
  }

  private static List<DailyBar> year(int year, double close) {
    var bars = new ArrayList<DailyBar>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      bars.add(aBar().of(CODE.value()).on(day).close(close).build());
    }
    return bars;
  }

  private static String query(Db db, String sql) {
    try (Statement statement = OpenWork.of(db).connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    } catch (SQLException failure) {
      throw new PersistenceException(failure);
    }
  }

  private static String messages(Throwable failure) {
    var text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      text.append(cause.getMessage()).append(" | ");
    }
    return text.toString();
  }
}
