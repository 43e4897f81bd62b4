package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Replication;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults and a multi-host DATABASE_URL ({@code targetServerType=primary}), over
 * HTTP: a primary with a synchronous standby is killed under 4 writers; once the service reports
 * the outage, the standby is promoted (what an operator or Patroni would do).
 */
class FailoverIT {
  private static Replication.Pair servers;
  private static Service service;

  @BeforeAll
  static void start() {
    servers = Replication.standbyOf(TestDatabase.dedicatedServer("failover-primary"),
        "failover_standby", true);
    Replication.execute(servers.primary(), "TRUNCATE stock_daily");
    DatabaseTarget primary = TestDatabase.target(servers.primary());
    service = DefaultService.on(new DatabaseTarget("jdbc:postgresql://127.0.0.1:"
        + servers.primary().port() + ",127.0.0.1:" + servers.standby().port() + "/"
        + EmbeddedPostgresServer.DATABASE + "?targetServerType=primary", primary.username(),
        primary.password()));
  }

  @AfterAll
  static void stop() {
    service.close();
    servers.standby().close();
    servers.primary().close();
  }

  @Test
  void writesResumeOnThePromotedStandbyWithNoAcknowledgedWriteLost() throws Exception {
    var traffic = new BarTraffic(service.port());
    try (var workers = new Workers()) {
      traffic.startWriters(workers, 4);
      Await.until("writes are acknowledged", Duration.ofSeconds(60),
          () -> traffic.writesAcknowledged.get() >= 100);

      long killedAt = System.nanoTime();
      Crash.killImmediately(servers.primary());
      Await.until("the service reports the outage", Duration.ofSeconds(20),
          () -> HttpProbe.get(service.port(), "/health/ready").statusCode() == 503);
      double noticed = (System.nanoTime() - killedAt) / 1e9;
      // an operator promotes after the outage has shown: writes meanwhile must be refused fast
      // (without this wait a quick promotion could leave no write refused, and nothing to check)
      Await.until("a write is refused during the outage", Duration.ofSeconds(20),
          () -> traffic.count(503) > 0);

      Replication.promote(servers.standby());
      long promotedAt = System.nanoTime();
      traffic.recoveryFrom.set(promotedAt);
      Await.until("a write succeeds on the promoted standby", Duration.ofSeconds(30),
          () -> traffic.firstSuccessAfter.get() != Long.MAX_VALUE);
      int acknowledgedSoFar = traffic.writesAcknowledged.get();
      Await.until("writes go on", Duration.ofSeconds(30),
          () -> traffic.writesAcknowledged.get() >= acknowledgedSoFar + 50);
      workers.stop(Duration.ofSeconds(60));
      Await.until("ready again", Duration.ofSeconds(15),
          () -> HttpProbe.get(service.port(), "/health/ready").statusCode() == 200);

      Set<String> stored = BarTraffic.storedKeys(servers.standby());
      long lost = traffic.acknowledged.stream().filter(key -> !stored.contains(key)).count();
      double resumed = (traffic.firstSuccessAfter.get() - promotedAt) / 1e9;
      Figures.record("failover", String.format("defaults + multi-host DATABASE_URL "
              + "(targetServerType=primary), synchronous standby; 4 writers over HTTP; primary "
              + "killed, readiness 503 after %.2f s, standby promoted %.2f s after the kill; calls "
              + "%s (longest %.0f ms); statuses %s; 503 %s; unanswered %d; writes acknowledged %d "
              + "(%d rows), lost on the promoted server %d; first write %.2f s after the promotion",
          noticed, (promotedAt - killedAt) / 1e9, traffic.calls.summary(),
          traffic.calls.maxMillis(), traffic.statuses, traffic.unavailable.summary(),
          traffic.unanswered.get(),
          traffic.writesAcknowledged.get(), traffic.acknowledged.size(), lost, resumed));

      assertThat(lost).as("acknowledged writes missing on the promoted server").isZero();
      assertThat(traffic.serverErrors()).as("5xx other than 503/504").isZero();
      assertThat(traffic.unanswered.get()).as("calls the client gave up on").isZero();
      assertThat(traffic.count(503)).as("writes refused during the outage").isPositive();
      assertThat(traffic.unavailable.percentileMillis(50))
          .as("refusals are fast: the breaker opened, as in any outage").isLessThan(100.0);
      assertThat(resumed).as("seconds from promotion to the first write").isLessThanOrEqualTo(10.0);
    }
  }
}
