package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.doctor.FailureReasons;
import stockassistant.bootstrap.doctor.StorageReport;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * The embedded default with the shipped settings, as {@code ./stock-assistant serve} runs it:
 * its postmaster is killed with SIGKILL (what the OOM killer sends) under 6 writers and 2
 * readers over HTTP, and the service brings it back by itself. Then the data directory is made
 * unstartable and the postmaster killed again: the watch gives up after its limit and says why.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedRestartIT {
  private static final Path DATA_DIR =
      Path.of(System.getProperty("user.dir"), "target", "embedded-restart-data");
  private static Service service;
  private static EmbeddedPostgresServer server;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(DATA_DIR);
    restoreConfiguration();
    service = DefaultService.embeddedIn(DATA_DIR);
    server = service.injector().getInstance(DatabaseRuntime.class).embedded().orElseThrow();
    try (var connection = TestDatabase.connect(server)) {
      connection.createStatement().execute("TRUNCATE stock_daily");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (service != null) {
      service.close();
    }
    restoreConfiguration();
  }

  @Test
  @Order(1)
  void aKilledPostmasterIsRestartedAndNoAcknowledgedWriteIsLost() throws Exception {
    int port = service.port();
    var traffic = new BarTraffic(port);
    var readiness = new Latencies();
    try (var workers = new Workers()) {
      traffic.startWriters(workers, 6);
      traffic.startReaders(workers, 2);
      Await.until("writes are acknowledged", Duration.ofSeconds(60),
          () -> traffic.writesAcknowledged.get() >= 100);

      long killedAt = killPostmaster();
      traffic.recoveryFrom.set(killedAt);
      Await.until("readiness sees the database gone", Duration.ofSeconds(10), () -> {
        long start = System.nanoTime();
        int status = HttpProbe.get(port, "/health/ready").statusCode();
        readiness.add(System.nanoTime() - start);
        return status == 503;
      });
      double seenGone = (System.nanoTime() - killedAt) / 1e9;
      long readyAt = awaitReady(port, readiness, Duration.ofSeconds(30));
      int acknowledgedSoFar = traffic.writesAcknowledged.get();
      Await.until("writes go on", Duration.ofSeconds(30),
          () -> traffic.writesAcknowledged.get() >= acknowledgedSoFar + 50);
      workers.stop(Duration.ofSeconds(60));

      Set<String> stored = BarTraffic.storedKeys(server);
      long lost = traffic.acknowledged.stream().filter(key -> !stored.contains(key)).count();
      long restarts = service.injector().getInstance(MetricRegistry.class)
          .counter(PostmasterWatch.RESTARTS_METRIC).getCount();
      double toReady = (readyAt - killedAt) / 1e9;
      String prometheus = HttpProbe.get(port, "/metrics/prometheus").body();
      Figures.record("embedded-kill-9", String.format(
          "defaults, embedded; 6 writers + 2 readers over HTTP; kill -9 of the postmaster; "
              + "readiness 503 after %.2f s, ready again %.2f s after the kill; readiness answered in p50 %.1f ms, max %.1f ms while down; "
              + "calls %s; statuses %s; writes acknowledged %d (%d rows), lost %d; restarts %d",
          seenGone, toReady, readiness.percentileMillis(50), readiness.percentileMillis(100),
          traffic.calls.summary(), traffic.statuses, traffic.writesAcknowledged.get(),
          traffic.acknowledged.size(), lost, restarts));

      assertThat(lost).as("acknowledged writes missing").isZero();
      assertThat(toReady).as("seconds from the kill to ready").isLessThanOrEqualTo(15.0);
      assertThat(restarts).as("restarts counted").isEqualTo(1);
      assertThat(prometheus).contains("stock_assistant_embedded_postgres_restarts_total 1.0")
          .containsPattern("stock_assistant_data_dir_free_bytes [1-9]")
          .containsPattern("stock_assistant_database_size_bytes [1-9]");
      assertThat(HttpProbe.get(port, "/metrics/overview").body()).as("the dashboard's figures")
          .contains("\"data_dir_free_bytes\":").contains("\"embedded_restarts\":1");
      assertThat(readiness.percentileMillis(100)).as("slowest readiness answer while down, ms")
          .isLessThan(1000.0);
      assertThat(traffic.serverErrors()).as("5xx other than 503/504").isZero();
      // no count of 503s: a restart this quick is mostly absorbed by the retries within each
      // call's budget, and a refusal while down is 503 (serverErrors above)
    }
  }

  @Test
  @Order(2)
  void theWatchGivesUpAfterItsLimitWhenTheServerCannotStartAndSaysWhy() throws Exception {
    int port = service.port();
    // an unknown setting: PostgreSQL refuses to start with FATAL in its log, every time
    Files.writeString(autoConf(), "stock_assistant_unstartable = on\n", StandardOpenOption.APPEND);
    long killedAt = killPostmaster();

    Await.until("the watch gives up", Duration.ofSeconds(60), () -> watch().status().state()
        == PostmasterWatch.State.GAVE_UP);
    double gaveUpAfter = (System.nanoTime() - killedAt) / 1e9;
    long started = System.nanoTime();
    HttpResponse<String> ready = HttpProbe.get(port, "/health/ready");
    double answeredMs = (System.nanoTime() - started) / 1e6;
    var report = new LinkedHashMap<String, Object>();
    StorageReport.addWithoutServer(report, AppConfig.from(new Settings(java.util.Map.of(
        "STOCK_DATA_DIR", DATA_DIR.toString()))));
    Figures.record("embedded-give-up", String.format("defaults; unstartable data directory; gave "
        + "up %.1f s after the kill; readiness then answered in %.1f ms: %s", gaveUpAfter,
        answeredMs, watch().status().message()));

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("gave up restarting the embedded PostgreSQL after 5 start(s)")
        .contains("its configuration has an error").contains("stock_assistant_unstartable")
        .as("no absolute path in readiness").doesNotContain(DATA_DIR.toString());
    assertThat(answeredMs).isLessThan(1000.0);
    assertThat(String.valueOf(report.get("embedded_watch"))).as("what doctor prints")
        .contains("gave up").contains("stock_assistant_unstartable");
    assertThat(HttpProbe.get(port, "/api/v1/quotes/latest-trade-date").statusCode()).isEqualTo(503);

    // what serve, migrate and doctor print when they cannot start it: why, and where the log is
    AppConfig config = AppConfig.from(new Settings(java.util.Map.of("STOCK_DATA_DIR",
        DATA_DIR.toString())));
    assertThatThrownBy(() -> DatabaseRuntime.start(config).close())
        .satisfies(failure -> assertThat(FailureReasons.describe(failure))
            .contains("the embedded PostgreSQL did not start: its configuration has an error")
            .contains("stock_assistant_unstartable")
            .contains("its log is " + server.serverLog().file()));
  }

  private static PostmasterWatch watch() {
    return service.injector().getInstance(DatabaseRuntime.class).watch().orElseThrow();
  }

  /** SIGKILL to the PID in postmaster.pid; returns when it is gone. */
  private static long killPostmaster() throws Exception {
    long pid = Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid"))
        .get(0).strip());
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    assertThat(kill.waitFor()).as("kill -9 " + pid).isZero();
    return System.nanoTime();
  }

  /** Polls readiness every 100 ms, timing each answer; returns when it first says 200. */
  private static long awaitReady(int port, Latencies answers, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      int status = HttpProbe.get(port, "/health/ready").statusCode();
      long now = System.nanoTime();
      if (status == 200) {
        return now;
      }
      answers.add(now - start);
      Await.pause(Duration.ofMillis(100));
    }
    throw new AssertionError("not ready within " + limit + ": "
        + HttpProbe.get(port, "/health/ready").body());
  }

  private static Path autoConf() {
    return DATA_DIR.resolve("postgres/pgdata/postgresql.auto.conf");
  }

  /** Takes the unstartable line out again, so the next run starts. */
  private static void restoreConfiguration() throws IOException {
    if (Files.exists(autoConf())) {
      Files.writeString(autoConf(), Files.readString(autoConf())
          .replace("stock_assistant_unstartable = on\n", ""));
    }
  }
}
