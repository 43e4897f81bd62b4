package stockassistant.adapters.persistence.resilience;

import com.codahale.metrics.MetricRegistry;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * The database is killed (immediate shutdown) while writers and readers run, kept down, and
 * started again on the same port and data, with the short fault-test settings. No acknowledged
 * write may be lost, calls must fail fast once the circuit opens, and service must resume
 * without restarting anything. (The same scenario with the shipped defaults, over HTTP, is
 * bootstrap's DatabaseCrashIT.)
 */
class DatabaseOutageIT {
  private static final int WRITERS = 4;
  private static final int READERS = 2;
  private static EmbeddedPostgresServer server;
  private static Persistence persistence;

  @BeforeAll
  static void start() {
    server = TestDatabase.dedicatedServer("outage-postgres");
    persistence = Persistence.open(TestDatabase.target(server), FaultScenario.pool(6),
        FaultScenario.resilience(), FaultScenario.budgets(), new MetricRegistry());
  }

  @AfterAll
  static void stop() {
    persistence.close();
    server.close();
  }

  @Test
  void noAcknowledgedWriteIsLostAndServiceResumesByItself() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    var failFast = new Latencies();
    var otherFailures = new Latencies();
    var restartedAt = new AtomicLong(Long.MAX_VALUE);
    var firstSuccessAfterRestart = new AtomicLong(Long.MAX_VALUE);
    var writes = new AtomicInteger();
    var tx = persistence.unitOfWork();

    try (var workers = new Workers()) {
      workers.startEach(WRITERS, w -> {
        String code = String.format("60000%d.SH", w);
        int batchSize = w % 2 == 0 ? 1 : 100;  // both the row path and the COPY path
        LocalDate[] next = {LocalDate.of(2000, 1, 1)};
        return () -> {
          List<DailyBar> batch = new ArrayList<>();
          for (int i = 0; i < batchSize; i++) {
            batch.add(aBar().of(code).on(next[0]).close(10 + i).build());
            next[0] = next[0].plusDays(1);
          }
          long start = System.nanoTime();
          try {
            tx.write("test.write", db -> persistence.quotes().upsertAll(db, batch));
            batch.forEach(bar -> acknowledged.add(key(bar.thirdCode().value(), bar.tradeDate())));
            writes.incrementAndGet();
            if (start > restartedAt.get()) {
              firstSuccessAfterRestart.compareAndSet(Long.MAX_VALUE, System.nanoTime());
            }
          } catch (DatabaseUnavailable unavailable) {
            (unavailable.reason() == DatabaseUnavailable.Cause.CIRCUIT_OPEN ? failFast : otherFailures)
                .add(System.nanoTime() - start);
            Await.pause(Duration.ofMillis(20));
          }
        };
      });
      workers.start(READERS, () -> {
        try {
          tx.read("test.read", db -> persistence.quotes().bars(db, 
              BarQuery.newest(ThirdCode.of("600000.SH"), 1, BarMetric.PRICE_BAR), null, 0, 1));
        } catch (DatabaseUnavailable unavailable) {
          Await.pause(Duration.ofMillis(20));
        }
      });

      Await.until("writes are acknowledged", Duration.ofSeconds(30), () -> writes.get() >= 50);
      int writesBeforeOutage = writes.get();
      Crash.killImmediately(server);
      long killedAt = System.nanoTime();
      Await.until("the circuit opens", Duration.ofSeconds(30), () -> failFast.count() > 0);
      Await.pause(Duration.ofSeconds(3));
      server = TestDatabase.restart(server.root());
      restartedAt.set(System.nanoTime());
      Await.until("a write succeeds after the restart", Duration.ofSeconds(60),
          () -> firstSuccessAfterRestart.get() != Long.MAX_VALUE);
      int writesAfterRecovery = writes.get();
      Await.until("writes continue", Duration.ofSeconds(30), () -> writes.get() >= writesAfterRecovery + 20);
      workers.stop(Duration.ofSeconds(60));

      Set<String> stored = storedKeys();
      long found = acknowledged.stream().filter(stored::contains).count();
      double recoverySeconds = (firstSuccessAfterRestart.get() - restartedAt.get()) / 1e9;
      Figures.record("outage", String.format(
          "writes acknowledged=%d (rows %d, %d before the kill), found after restart=%d; "
              + "outage %.1f s; fail-fast calls while open: %s; other failed calls: %s; "
              + "first success %.2f s after restart; breaker %s",
          writes.get(), acknowledged.size(), writesBeforeOutage, found,
          (restartedAt.get() - killedAt) / 1e9, failFast.summary(), otherFailures.summary(),
          recoverySeconds, persistence.guard().circuitBreaker().getState()));

      assertThat(found).as("every acknowledged write is in the database").isEqualTo(acknowledged.size());
      assertThat(failFast.percentileMillis(50))
          .as("an open circuit answers well inside the connection timeout").isLessThan(500.0);
      assertThat(persistence.pool().stats().getActiveConnections())
          .as("no connection is still borrowed").isZero();
    }
  }

  /** Every stored key, read straight from the table: no date window to fall outside of. */
  private static Set<String> storedKeys() throws SQLException {
    var keys = new HashSet<String>();
    try (Connection connection = TestDatabase.connect(server);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT third_code, trade_date FROM stock_daily")) {
      while (rows.next()) {
        keys.add(key(rows.getString(1), rows.getObject(2, LocalDate.class)));
      }
    }
    return keys;
  }

  private static String key(String code, LocalDate day) {
    return code + "|" + day;
  }
}
