package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Replication;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults and DATABASE_READ_URL, over HTTP: one embedded primary with one
 * streaming standby; a service reading from the standby beside a service on the primary alone.
 */
class ReplicaReadsIT {
  private static final String RANGE = "/api/v1/quotes/daily/600001.SH?start=2000-01-01&end=2000-12-31";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Replication.Pair servers;
  private static EmbeddedPostgresServer standby;
  private static Service withReplica;
  private static Service primaryOnly;
  private static String replica;

  @BeforeAll
  static void start() {
    servers = Replication.standbyOf(TestDatabase.dedicatedServer("http-replica-primary"),
        "http_replica_standby", false);
    standby = servers.standby();
    Replication.execute(servers.primary(), "TRUNCATE stock_daily");
    primaryOnly = DefaultService.on(TestDatabase.target(servers.primary()));
    withReplica = DefaultService.on(TestDatabase.target(servers.primary()),
        Map.of("DATABASE_READ_URL", TestDatabase.target(standby).jdbcUrl()));
    replica = "127.0.0.1:" + standby.port();
    seedOneYear();
    Await.until("the standby has the year and serves reads", Duration.ofSeconds(20),
        () -> items(HttpProbe.get(withReplica.port(), RANGE)) == 366
            && counter(withReplica, "reads.served." + replica) > 0);
  }

  @AfterAll
  static void stop() {
    withReplica.close();
    primaryOnly.close();
    standby.close();
    servers.primary().close();
  }

  @Test
  void rangeReadsServedByTheReplicaMatchThePrimaryAndAreMeasuredBesideIt() throws Exception {
    String fromReplica = HttpProbe.get(withReplica.port(), RANGE).body();
    String fromPrimary = HttpProbe.get(primaryOnly.port(), RANGE).body();
    assertThat(fromReplica).as("the same year from the replica and from the primary").isEqualTo(fromPrimary);

    JsonNode ready = JSON.readTree(HttpProbe.get(withReplica.port(), "/health/ready").body());
    JsonNode shown = ready.at("/checks/read_replicas/replicas/0");
    assertThat(shown.get("target").asText()).isEqualTo(replica);
    assertThat(shown.get("state").asText()).isEqualTo("serving");
    assertThat(shown.get("lag_ms").asLong()).isBetween(0L, 1_000L);
    JsonNode metrics = JSON.readTree(HttpProbe.get(withReplica.port(), "/metrics").body());
    assertThat(metrics.at("/gauges/replica." + replica + ".lag_ms/value").isNumber()).isTrue();

    long replicaBefore = counter(withReplica, "reads.served." + replica);
    long primaryBefore = counter(withReplica, "reads.served.primary");
    BarTraffic onReplica = readFor(withReplica, Duration.ofSeconds(4));
    BarTraffic onPrimary = readFor(primaryOnly, Duration.ofSeconds(4));
    long servedByReplica = counter(withReplica, "reads.served." + replica) - replicaBefore;
    long servedByPrimary = counter(withReplica, "reads.served.primary") - primaryBefore;

    Figures.record("replica-reads", String.format("one-year range reads (366 bars), 4 readers, "
        + "4 s each, same run: reads on one replica %s (%.0f/s); on the primary alone %s (%.0f/s); "
        + "meanwhile the replica service's reads went %d to the replica, %d to the primary", onReplica.calls.summary(), onReplica.calls.count() / 4.0,
        onPrimary.calls.summary(), onPrimary.calls.count() / 4.0, servedByReplica, servedByPrimary));

    assertThat(onReplica.count(200)).isEqualTo(onReplica.calls.count());
    assertThat(onPrimary.count(200)).isEqualTo(onPrimary.calls.count());
    assertThat(servedByReplica).as("range reads served by the replica")
        .isGreaterThanOrEqualTo(onReplica.count(200));
    assertThat(servedByPrimary).as("reads the primary served meanwhile (none but fallbacks)").isZero();
  }

  @Test
  void aReplicaStoppedUnderReadLoadSendsReadsToThePrimaryAndTakesThemBack() throws Exception {
    var traffic = new BarTraffic(withReplica.port());
    try (var workers = new Workers()) {
      traffic.startReaders(workers, 4);
      long onReplica = counter(withReplica, "reads.served." + replica);
      Await.until("reads go to the replica", Duration.ofSeconds(20),
          () -> counter(withReplica, "reads.served." + replica) >= onReplica + 50);

      long onPrimary = counter(withReplica, "reads.served.primary");
      long stoppedAt = System.nanoTime();
      Crash.killImmediately(standby);
      Await.until("reads go to the primary", Duration.ofSeconds(20),
          () -> counter(withReplica, "reads.served.primary") >= onPrimary + 50);
      double moved = (System.nanoTime() - stoppedAt) / 1e9;
      int fallbacks = (int) counter(withReplica, "reads.fallbacks");

      long replicaBeforeReturn = counter(withReplica, "reads.served." + replica);
      standby = TestDatabase.restart(standby.root());
      long restartedAt = System.nanoTime();
      Await.until("reads come back to the replica", Duration.ofSeconds(30),
          () -> counter(withReplica, "reads.served." + replica) >= replicaBeforeReturn + 50);
      double back = (System.nanoTime() - restartedAt) / 1e9;
      workers.stop(Duration.ofSeconds(30));

      Figures.record("replica-stopped", String.format("defaults + DATABASE_READ_URL; 4 readers "
          + "over HTTP; replica killed (SIGQUIT): 50 reads on the primary within %.2f s (%d read(s) fell "
          + "back mid-call); replica restarted: 50 reads back on it within %.2f s; calls %s; "
          + "statuses %s; unanswered %d", moved, fallbacks, back, traffic.calls.summary(),
          traffic.statuses, traffic.unanswered.get()));

      assertThat(traffic.serverErrors()).as("5xx other than 503/504").isZero();
      assertThat(traffic.count(503) + traffic.count(504))
          .as("reads refused: the primary was there all along").isZero();
      assertThat(traffic.unanswered.get()).as("calls the client gave up on").isZero();
      assertThat(moved).as("seconds until reads are on the primary").isLessThan(5.0);
      assertThat(back).as("seconds until reads are back on the replica").isLessThan(15.0);
    }
  }

  private static BarTraffic readFor(Service service, Duration duration) throws Exception {
    var traffic = new BarTraffic(service.port());
    try (var workers = new Workers()) {
      traffic.startReaders(workers, 4);
      Await.pause(duration);
      workers.stop(Duration.ofSeconds(30));
    }
    return traffic;
  }

  private static void seedOneYear() {
    var body = new StringBuilder("[");
    for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() == 2000; day = day.plusDays(1)) {
      body.append(body.length() == 1 ? "" : ",").append("{\"third_code\":\"600001.SH\",\"trade_date\":\"")
          .append(day).append("\",\"open\":10.1,\"high\":10.9,\"low\":9.8,\"close\":10.5,\"vol\":1000}");
    }
    HttpResponse<String> written = HttpProbe.send(primaryOnly.port(), "POST", "/api/v1/quotes/daily",
        body.append(']').toString());
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
  }

  private static int items(HttpResponse<String> response) {
    try {
      return response.statusCode() == 200 ? JSON.readTree(response.body()).get("items").size() : -1;
    } catch (Exception notJson) {
      return -1;
    }
  }

  private static long counter(Service service, String name) {
    return service.injector().getInstance(MetricRegistry.class).counter(name).getCount();
  }
}
