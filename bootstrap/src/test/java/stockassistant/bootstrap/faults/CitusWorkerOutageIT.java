package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.CitusTestCluster;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * The service with its shipped defaults on a Citus coordinator with two workers, over HTTP: one
 * code's writer and reader per worker; worker 2 is stopped for a few seconds and started again.
 * {@code doctor} and {@code /health/ready} are checked on the same cluster, whole and with a worker
 * down.
 */
class CitusWorkerOutageIT {
  private static CitusTestCluster cluster;
  private static Service service;

  @BeforeAll
  static void start() {
    cluster = CitusTestCluster.start("citus-outage", 2);
    service = DefaultService.on(TestDatabase.target(cluster.coordinator()));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aStoppedWorkerFailsOnlyItsCodesWith503AndTheyAnswerAgainOnceItIsBack() throws Exception {
    String onUp = cluster.codeOn(1);
    String onDown = cluster.codeOn(2);
    var upTraffic = new CodeTraffic(service.port(), onUp);
    var downTraffic = new CodeTraffic(service.port(), onDown);
    List<Thread> threads = List.of(upTraffic.start(), downTraffic.start());
    try {
      Await.until("both codes answer", Duration.ofSeconds(30),
          () -> upTraffic.ok.get() > 5 && downTraffic.ok.get() > 5);

      var healthyReport = new java.util.LinkedHashMap<String, Object>();
      String healthyDoctor = doctor(healthyReport);

      cluster.stopWorker(2);
      long stoppedAt = System.nanoTime();
      upTraffic.markPhase(stoppedAt);
      downTraffic.markPhase(stoppedAt);
      Await.pause(Duration.ofSeconds(4));
      HttpResponse<String> ready = HttpProbe.get(service.port(), "/health/ready");
      String downAddress = "127.0.0.1:" + cluster.workers().get(1).port();
      var outageReport = new java.util.LinkedHashMap<String, Object>();
      String outageDoctor = doctor(outageReport);

      // from the moment it is asked to start: its own start-up counts against the 10 s
      long restartedAt = System.nanoTime();
      downTraffic.recoveryFrom.set(restartedAt);
      upTraffic.recoveryFrom.set(restartedAt);
      cluster.startWorker(2);
      Await.until("the stopped worker's code answers again", Duration.ofSeconds(30),
          () -> downTraffic.firstOkAfterRecovery.get() != Long.MAX_VALUE);
      double recovered = (downTraffic.firstOkAfterRecovery.get() - restartedAt) / 1e9;
      Await.pause(Duration.ofSeconds(1));
      upTraffic.running.set(false);
      downTraffic.running.set(false);
      for (Thread thread : threads) {
        thread.join(Duration.ofSeconds(30).toMillis());
      }

      Set<String> stored = storedKeys();
      long lost = 0;
      for (CodeTraffic traffic : List.of(upTraffic, downTraffic)) {
        lost += traffic.acknowledged.stream().filter(key -> !stored.contains(key)).count();
      }
      Figures.record("citus-worker-down", String.format(
          "defaults; Citus coordinator + 2 workers; worker 2 stopped %.1f s; code on worker 1 "
              + "during the outage: %s; code on worker 2: %s (slowest %d ms, Retry-After %s); "
              + "readiness %d; answering %.2f s after the restart; acknowledged writes %d, lost %d",
          (restartedAt - stoppedAt) / 1e9, upTraffic.duringOutage, downTraffic.duringOutage,
          downTraffic.slowestDuringOutageMs.get(), downTraffic.retryAfter, ready.statusCode(),
          recovered, upTraffic.acknowledged.size() + downTraffic.acknowledged.size(), lost));

      assertThat(upTraffic.duringOutage).as("the other worker's code keeps answering")
          .containsOnlyKeys(200);
      assertThat(downTraffic.duringOutage).as("the stopped worker's code: 503 only")
          .containsKey(503).doesNotContainKeys(500, 502, 504, 200);
      assertThat(downTraffic.retryAfter).as("every 503 says when to retry").isNotEmpty()
          .doesNotContain("missing");
      assertThat(downTraffic.slowestDuringOutageMs.get()).as("a refusal is not a hang")
          .isLessThan(6_000);
      assertThat(ready.statusCode()).as("the instance stays ready").isEqualTo(200);
      assertThat(ready.body()).as("readiness names the node that is down")
          .contains("\"down\":[\"" + downAddress + "\"]");
      assertThat(healthyDoctor).as("doctor on the whole cluster").isNull();
      assertThat(healthyReport.get("citus").toString()).as("doctor lists the nodes and shards")
          .contains("role=coordinator", "role=worker", "state=up", "shards=")
          .contains("stock_daily=distributed by third_code", "stock_info=reference");
      assertThat(outageDoctor).as("doctor with worker 2 stopped")
          .contains("worker " + downAddress + " (down)");
      assertThat(recovered).as("seconds from the restart to an answer").isLessThanOrEqualTo(10.0);
      assertThat(lost).as("acknowledged writes missing").isZero();
      assertThat(upTraffic.unanswered.get() + downTraffic.unanswered.get()).isZero();
    } finally {
      upTraffic.running.set(false);
      downTraffic.running.set(false);
    }
  }

  /** What {@code doctor} reports on the coordinator; its failure reason, or null. */
  private static String doctor(Map<String, Object> report) {
    var target = TestDatabase.target(cluster.coordinator());
    var settings = new java.util.HashMap<String, String>();
    settings.put("DATABASE_URL", target.jdbcUrl());
    settings.put("POSTGRES_USER", target.username());
    settings.put("POSTGRES_PASSWORD", target.password());
    settings.put("STOCK_DATA_DIR", stockassistant.bootstrap.TestConfigs.dataDirectory().toString());
    var config = stockassistant.bootstrap.config.AppConfig.from(
        new stockassistant.bootstrap.config.Settings(settings));
    return new stockassistant.bootstrap.doctor.DatabaseDiagnosis(target, config).run(report);
  }

  private static Set<String> storedKeys() throws Exception {
    Set<String> keys = ConcurrentHashMap.newKeySet();
    try (var connection = TestDatabase.connect(cluster.coordinator());
        var statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT third_code, trade_date FROM stock_daily")) {
      while (rows.next()) {
        keys.add(rows.getString(1) + "|" + rows.getString(2));
      }
    }
    return keys;
  }

  /** One client of one code: write a bar of a new day, read the code's range, again. */
  private static final class CodeTraffic {
    private final int port;
    private final String code;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong ok = new AtomicLong();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Map<Integer, Integer> duringOutage = new ConcurrentHashMap<>();
    final Set<String> retryAfter = ConcurrentHashMap.newKeySet();
    final AtomicLong slowestDuringOutageMs = new AtomicLong();
    final AtomicLong unanswered = new AtomicLong();
    final AtomicLong recoveryFrom = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong firstOkAfterRecovery = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong outageFrom = new AtomicLong(Long.MAX_VALUE);
    private LocalDate next = LocalDate.of(2001, 1, 1);

    CodeTraffic(int port, String code) {
      this.port = port;
      this.code = code;
    }

    void markPhase(long stoppedAt) {
      outageFrom.set(stoppedAt);
    }

    Thread start() {
      Thread thread = new Thread(() -> {
        while (running.get()) {
          String day = next.toString();
          next = next.plusDays(1);
          call("POST", "/api/v1/quotes/daily", "[{\"third_code\":\"" + code + "\",\"trade_date\":\""
              + day + "\",\"open\":10.1,\"high\":10.9,\"low\":9.8,\"close\":10.5,\"vol\":1000}]",
              code + "|" + day);
          call("GET", "/api/v1/quotes/daily/" + code + "?start=2001-01-01&end=2001-12-31", null,
              null);
        }
      }, "traffic-" + code);
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    private void call(String method, String path, String body, String key) {
      long started = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = HttpProbe.send(port, method, path, body);
      } catch (IllegalStateException noAnswer) {
        unanswered.incrementAndGet();
        return;
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      int status = response.statusCode();
      if (status == 200) {
        ok.incrementAndGet();
        if (key != null) {
          acknowledged.add(key);
        }
        if (started > recoveryFrom.get()) {
          firstOkAfterRecovery.compareAndSet(Long.MAX_VALUE, System.nanoTime());
        }
      }
      // during the outage: calls begun after the stop and before the restart
      if (started > outageFrom.get() && System.nanoTime() < recoveryFrom.get()) {
        duringOutage.merge(status, 1, Integer::sum);
        slowestDuringOutageMs.accumulateAndGet(millis, Math::max);
        if (status == 503) {
          retryAfter.add(response.headers().firstValue("Retry-After").orElse("missing"));
        }
      }
      if (status != 200) {
        Await.pause(Duration.ofMillis(100));
      }
    }
  }
}
