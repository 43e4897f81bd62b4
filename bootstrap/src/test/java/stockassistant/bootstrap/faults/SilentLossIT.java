package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.FreezingProxy;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults, over HTTP: a TCP proxy between the service and PostgreSQL stops
 * forwarding bytes for 6 s without closing anything (a NAT or firewall losing its state), under
 * 6 writers and 2 readers; afterwards new connections work and the old ones stay dead.
 */
class SilentLossIT {
  private static EmbeddedPostgresServer server;
  private static FreezingProxy proxy;
  private static Service service;

  @BeforeAll
  static void start() throws Exception {
    server = TestDatabase.dedicatedServer("http-silent-loss-postgres");
    proxy = new FreezingProxy(server.port());
    service = DefaultService.on(TestDatabase.targetOnPort(server, proxy.port()));
  }

  @AfterAll
  static void stop() throws Exception {
    service.close();
    proxy.close();
    server.close();
  }

  @Test
  void everyCallIsAnsweredWithinTenSecondsNoWriteIsLostAndServiceComesBack() throws Exception {
    var traffic = new BarTraffic(service.port());
    try (var workers = new Workers()) {
      traffic.startWriters(workers, 6);
      traffic.startReaders(workers, 2);
      Await.until("writes are acknowledged", Duration.ofSeconds(60),
          () -> traffic.writesAcknowledged.get() >= 100);

      proxy.freeze();
      long frozenAt = System.nanoTime();
      Await.pause(Duration.ofSeconds(6));
      proxy.heal();
      long healedAt = System.nanoTime();
      traffic.recoveryFrom.set(healedAt);
      Await.until("a call succeeds after the network healed", Duration.ofSeconds(30),
          () -> traffic.firstSuccessAfter.get() != Long.MAX_VALUE);
      int acknowledgedSoFar = traffic.writesAcknowledged.get();
      Await.until("writes go on", Duration.ofSeconds(30),
          () -> traffic.writesAcknowledged.get() >= acknowledgedSoFar + 50);
      workers.stop(Duration.ofSeconds(60));

      int ready = HttpProbe.get(service.port(), "/health/ready").statusCode();
      Set<String> stored = BarTraffic.storedKeys(server);
      long lost = traffic.acknowledged.stream().filter(key -> !stored.contains(key)).count();
      double resumed = (traffic.firstSuccessAfter.get() - healedAt) / 1e9;
      Figures.record("http-silent-loss", String.format(
          "defaults; 6 writers + 2 readers over HTTP; network silent for %.1f s; calls %s; "
              + "statuses %s; unanswered after %d s: %d; writes acknowledged %d (%d rows), lost %d; "
              + "503s %s; first success %.2f s after the network healed; ready after: %d",
          (healedAt - frozenAt) / 1e9, traffic.calls.summary(), traffic.statuses,
          BarTraffic.CLIENT_PATIENCE.toSeconds(), traffic.unanswered.get(),
          traffic.writesAcknowledged.get(), traffic.acknowledged.size(), lost,
          traffic.unavailable.summary(), resumed, ready));

      assertThat(traffic.unanswered.get()).as("calls the client gave up on").isZero();
      assertThat(traffic.calls.maxMillis()).as("the longest call").isLessThanOrEqualTo(10_000.0);
      assertThat(traffic.serverErrors()).as("5xx other than 503/504").isZero();
      assertThat(lost).as("acknowledged writes missing").isZero();
      assertThat(resumed).as("seconds from heal to service").isLessThanOrEqualTo(5.0);
      assertThat(ready).as("/health/ready after").isEqualTo(200);
    }
  }
}
