package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults, over HTTP: PostgreSQL crashes (immediate shutdown) under 6 writers
 * and 2 readers and is started again 6 s later on the same port and data.
 */
class DatabaseCrashIT {
  private static EmbeddedPostgresServer server;
  private static Service service;

  @BeforeAll
  static void start() {
    server = TestDatabase.dedicatedServer("http-crash-postgres");
    service = DefaultService.on(TestDatabase.target(server));
  }

  @AfterAll
  static void stop() {
    service.close();
    server.close();
  }

  @Test
  void noAcknowledgedWriteIsLostCallsFailFastAndServiceResumesByItself() throws Exception {
    var traffic = new BarTraffic(service.port());
    try (var workers = new Workers()) {
      traffic.startWriters(workers, 6);
      traffic.startReaders(workers, 2);
      Await.until("writes are acknowledged", Duration.ofSeconds(60),
          () -> traffic.writesAcknowledged.get() >= 100);

      Crash.killImmediately(server);
      long killedAt = System.nanoTime();
      Await.pause(Duration.ofSeconds(6));
      server = TestDatabase.restart(server.root());
      long restartedAt = System.nanoTime();
      traffic.recoveryFrom.set(restartedAt);
      Await.until("a call succeeds after the restart", Duration.ofSeconds(30),
          () -> traffic.firstSuccessAfter.get() != Long.MAX_VALUE);
      int acknowledgedSoFar = traffic.writesAcknowledged.get();
      Await.until("writes go on", Duration.ofSeconds(30),
          () -> traffic.writesAcknowledged.get() >= acknowledgedSoFar + 50);
      workers.stop(Duration.ofSeconds(60));

      int ready = HttpProbe.get(service.port(), "/health/ready").statusCode();
      Set<String> stored = BarTraffic.storedKeys(server);
      long lost = traffic.acknowledged.stream().filter(key -> !stored.contains(key)).count();
      double resumed = (traffic.firstSuccessAfter.get() - restartedAt) / 1e9;
      Figures.record("http-crash", String.format(
          "defaults; 6 writers + 2 readers over HTTP; database down %.1f s; calls %s; statuses %s; "
              + "unanswered: %d; writes acknowledged %d (%d rows), lost %d; 503 while down %s; "
              + "first success %.2f s after the restart; ready after: %d",
          (restartedAt - killedAt) / 1e9, traffic.calls.summary(), traffic.statuses,
          traffic.unanswered.get(), traffic.writesAcknowledged.get(), traffic.acknowledged.size(),
          lost, traffic.unavailable.summary(), resumed, ready));

      assertThat(lost).as("acknowledged writes missing").isZero();
      assertThat(traffic.serverErrors()).as("5xx other than 503/504").isZero();
      assertThat(traffic.unanswered.get()).as("calls the client gave up on").isZero();
      assertThat(traffic.count(503)).as("calls refused while the database was down").isPositive();
      assertThat(traffic.unavailable.percentileMillis(50)).as("a refusal is fast").isLessThan(100.0);
      assertThat(resumed).as("seconds from restart to service").isLessThanOrEqualTo(5.0);
      assertThat(ready).as("/health/ready after").isEqualTo(200);
    }
  }
}
