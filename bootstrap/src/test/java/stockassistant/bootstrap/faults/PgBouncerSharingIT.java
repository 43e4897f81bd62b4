package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.PgBouncer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults plus DB_POOLER and DATABASE_MIGRATION_URL, over HTTP: three service
 * instances share one PgBouncer (transaction mode, 4 server connections) in front of one primary.
 */
class PgBouncerSharingIT {
  private static final int SERVER_CONNECTIONS = 4;
  private static PgBouncer bouncer;
  private static final List<Service> instances = new ArrayList<>();

  @BeforeAll
  static void start() {
    bouncer = PgBouncer.inFrontOf(TestDatabase.server(), SERVER_CONNECTIONS);
    TestDatabase.truncateAll();
    for (int i = 0; i < 3; i++) {
      instances.add(DefaultService.on(bouncer.target(), Map.of(
          "DB_POOLER", "pgbouncer-transaction",
          "DATABASE_MIGRATION_URL", TestDatabase.target(TestDatabase.server()).jdbcUrl())));
    }
  }

  @AfterAll
  static void stop() {
    instances.forEach(Service::close);
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void threeInstancesShareFourServerConnectionsWithEveryCallAnswered() throws Exception {
    var traffic = new ArrayList<BarTraffic>();
    var serverConnections = new AtomicLong();
    var clientConnections = new AtomicLong();
    try (var workers = new Workers()) {
      for (Service instance : instances) {
        var calls = new BarTraffic(instance.port());
        calls.startWriters(workers, 2);
        calls.startReaders(workers, 2);
        traffic.add(calls);
      }
      long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      Await.until("5 s of traffic", Duration.ofSeconds(10), () -> {
        serverConnections.accumulateAndGet(TestDatabase.count("SELECT count(*) FROM pg_stat_activity "
            + "WHERE application_name = 'stock-assistant'"), Math::max);
        clientConnections.accumulateAndGet(instances.stream().mapToLong(instance -> instance
            .injector().getInstance(Persistence.class).pool().stats().getTotalConnections()).sum(),
            Math::max);
        return System.nanoTime() > until;
      });
      workers.stop(Duration.ofSeconds(30));
    }
    for (Service instance : instances) {
      assertThat(HttpProbe.get(instance.port(), "/health/ready").statusCode()).isEqualTo(200);
    }

    Set<String> stored = BarTraffic.storedKeys(TestDatabase.server());
    long calls = traffic.stream().mapToLong(t -> t.calls.count()).sum();
    long lost = traffic.stream().flatMap(t -> t.acknowledged.stream())
        .filter(key -> !stored.contains(key)).count();
    Figures.record("pgbouncer-sharing", String.format("3 instances (defaults + DB_POOLER, "
        + "DATABASE_MIGRATION_URL), 2 writers + 2 readers each, 5 s, one PgBouncer with %d server "
        + "connections: %d calls (%.0f/s), p99 %s; at most %d client connections from the pools, "
        + "%d server connections; acknowledged writes lost %d", SERVER_CONNECTIONS, calls,
        calls / 5.0, traffic.stream().map(t -> String.format("%.0f ms", t.calls.percentileMillis(99))).toList(),
        clientConnections.get(), serverConnections.get(), lost));

    for (BarTraffic instance : traffic) {
      assertThat(instance.count(200)).as("every call answered 200: %s", instance.statuses)
          .isEqualTo(instance.calls.count());
    }
    assertThat(lost).isZero();
    assertThat(serverConnections.get()).as("server connections").isBetween(1L, (long) SERVER_CONNECTIONS);
    assertThat(clientConnections.get()).as("more pooled client connections than server ones")
        .isGreaterThan(SERVER_CONNECTIONS);
  }
}
