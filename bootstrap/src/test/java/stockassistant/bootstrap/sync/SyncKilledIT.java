package stockassistant.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.tushare.client.TushareSettings;
import stockassistant.application.sync.SyncProgress;
import stockassistant.application.sync.SyncReport;

/**
 * kill -9 of a JVM in the middle of a sync: the days it committed stay, nothing half-stored
 * remains, its lock goes with its connection, and the next run ends with the same store, row by
 * row, as a run never stopped.
 */
class SyncKilledIT extends DatabaseTest {
  private FakeTushare upstream;

  @BeforeEach
  void start() throws IOException {
    SyncTables.empty();
    upstream = new FakeTushare();
  }

  @AfterEach
  void stop() {
    upstream.close();
  }

  private SyncReport runHere() {
    var settings = TushareSettings.of(upstream.url(), FakeTushare.TOKEN).withPace(600_000);
    return SyncParts.create(persistence, TestDatabase.target(TestDatabase.server()), settings,
        duration -> { }, Clock.fixed(SyncIT.NOW.toInstant(), SyncParts.MARKET_ZONE))
        .run(SyncIT.JANUARY, SyncProgress.SILENT);
  }

  @Test
  void aSyncKilledWithSigkillResumesToTheStoreOfAnUninterruptedOne() throws Exception {
    assertThat(runHere().finished()).isTrue();
    String uninterrupted = SyncTables.store();
    TestDatabase.truncateAll();
    SyncTables.empty();

    // 600 calls a minute per api: a day every ~0.3 s, so the kill lands mid-run
    Process child = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SyncChild.class.getName(),
        TestDatabase.server().jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
        TestDatabase.server().password(), upstream.url().toString(), "600"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (TestDatabase.count("SELECT count(*) FROM sync_day") < 3 && System.nanoTime() < deadline
          && child.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).as("the child is still syncing when it is killed").isTrue();
      child.destroyForcibly();   // SIGKILL on Unix: no shutdown hook, no rollback from the JVM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    long stored = TestDatabase.count("SELECT count(*) FROM sync_day");
    assertThat(stored).isBetween(3L, (long) FakeMarket.openDays().size() - 1);
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_day d LEFT JOIN (SELECT "
        + "trade_date, count(*) AS n FROM stock_daily GROUP BY trade_date) b "
        + "ON b.trade_date = d.trade_date WHERE d.rows <> coalesce(b.n, 0)"))
        .as("every marked day is whole").isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM stock_daily b LEFT JOIN sync_day d "
        + "ON d.trade_date = b.trade_date WHERE d.trade_date IS NULL"))
        .as("no bar of an unmarked day").isZero();

    upstream.resetCounts();
    SyncReport resumed = runHere();

    assertThat(resumed.finished()).as(resumed.toString()).isTrue();
    assertThat(resumed.counters().daysStored()).isEqualTo(FakeMarket.openDays().size() - (int) stored);
    assertThat(SyncTables.store()).isEqualTo(uninterrupted);
    assertThat(TestDatabase.count("SELECT count(*) FROM sync_run WHERE outcome = 'interrupted'"))
        .isEqualTo(1);
  }
}
