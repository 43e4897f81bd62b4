package stockassistant.adapters.persistence.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * The database is killed (immediate shutdown) while writers and readers run, kept down, and
 * started again on the same port and data. No acknowledged write may be lost, calls must fail
 * fast once the circuit opens, and service must resume without restarting anything.
 */
class DatabaseOutageIT {
  private static final int WRITERS = 4;
  private static final int READERS = 2;
  private static EmbeddedPostgresServer server;
  private static Persistence persistence;

  @BeforeAll
  static void start() {
    server = TestDatabase.dedicatedServer("outage-postgres");
    persistence = Persistence.open(FaultScenario.pool(server.jdbcUrl(), server.password(), 6),
        FaultScenario.resilience(), null);
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
    var running = new AtomicBoolean(true);
    var restartedAt = new AtomicLong(Long.MAX_VALUE);
    var firstSuccessAfterRestart = new AtomicLong(Long.MAX_VALUE);
    var writes = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);

    for (int w = 0; w < WRITERS; w++) {
      String code = String.format("60000%d.SH", w);
      int batchSize = w % 2 == 0 ? 1 : 100;  // both the row path and the COPY path
      pool.submit(() -> {
        LocalDate day = LocalDate.of(2000, 1, 1);
        while (running.get()) {
          List<DailyBar> batch = new ArrayList<>();
          for (int i = 0; i < batchSize; i++) {
            batch.add(aBar().of(code).on(day).close(10 + i).build());
            day = day.plusDays(1);
          }
          long start = System.nanoTime();
          try {
            persistence.quotes().upsertAll(batch);
            batch.forEach(bar -> acknowledged.add(bar.thirdCode().value() + "|" + bar.tradeDate()));
            writes.incrementAndGet();
            if (System.nanoTime() > restartedAt.get()) {
              firstSuccessAfterRestart.compareAndSet(Long.MAX_VALUE, System.nanoTime());
            }
          } catch (DatabaseUnavailable unavailable) {
            (unavailable.reason() == DatabaseUnavailable.Cause.CIRCUIT_OPEN ? failFast : otherFailures)
                .add(System.nanoTime() - start);
            pause(20);
          }
        }
        return null;
      });
    }
    for (int r = 0; r < READERS; r++) {
      pool.submit(() -> {
        while (running.get()) {
          try {
            persistence.quotes().latest(ThirdCode.of("600000.SH"));
          } catch (DatabaseUnavailable unavailable) {
            pause(20);
          }
        }
        return null;
      });
    }

    pause(1_500);
    int writesBeforeOutage = writes.get();
    server.killImmediately();
    long killedAt = System.nanoTime();
    pause(3_000);
    server.restart();
    restartedAt.set(System.nanoTime());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (firstSuccessAfterRestart.get() == Long.MAX_VALUE && System.nanoTime() < deadline) {
      pause(50);
    }
    pause(1_000);
    running.set(false);
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    long stored = countStored(acknowledged);
    double recoverySeconds = (firstSuccessAfterRestart.get() - restartedAt.get()) / 1e9;
    Figures.record("outage", String.format(
        "writes acknowledged=%d (rows %d, %d before the kill), all found after restart=%d; "
            + "outage %.1f s; fail-fast calls while open: %s; other failed calls: %s; "
            + "first success %.2f s after restart; breaker %s",
        writes.get(), acknowledged.size(), writesBeforeOutage, stored,
        (restartedAt.get() - killedAt) / 1e9, failFast.summary(), otherFailures.summary(),
        recoverySeconds, persistence.guard().circuitBreaker().getState()));

    assertThat(writesBeforeOutage).as("writes succeeded before the outage").isPositive();
    assertThat(stored).as("every acknowledged write is in the database").isEqualTo(acknowledged.size());
    assertThat(failFast.count()).as("the circuit opened and callers failed fast").isPositive();
    assertThat(failFast.percentileMillis(50))
        .as("an open circuit answers well inside the connection timeout").isLessThan(500.0);
    assertThat(firstSuccessAfterRestart.get()).as("service resumed by itself").isNotEqualTo(Long.MAX_VALUE);
    assertPoolClean();
  }

  private static long countStored(Set<String> acknowledged) {
    var found = new AtomicLong();
    for (int w = 0; w < WRITERS; w++) {
      String code = String.format("60000%d.SH", w);
      persistence.quotes().priceBars(ThirdCode.of(code), LocalDate.of(1990, 1, 1),
          LocalDate.of(2200, 1, 1), bar -> {
            if (acknowledged.contains(code + "|" + bar.tradeDate())) {
              found.incrementAndGet();
            }
          });
    }
    return found.get();
  }

  private static void assertPoolClean() {
    var mx = persistence.dataSource().getHikariPoolMXBean();
    assertThat(mx.getActiveConnections()).as("no connection is still borrowed").isZero();
    assertThat(persistence.quotes().latestTradeDate()).as("a fresh call works").isPresent();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
