package stockassistant.adapters.persistence.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.FreezingProxy;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.QueryTimedOut;
import stockassistant.domain.stock.ThirdCode;

/**
 * Every open connection goes silent without closing (a NAT or firewall forgetting its state).
 * Calls must stay bounded by the socket timeout, the breaker must open, and once the network
 * heals the dead connections must be evicted rather than waited on.
 */
class SilentConnectionLossIT {
  private static EmbeddedPostgresServer server;
  private static FreezingProxy proxy;
  private static Persistence persistence;

  @BeforeAll
  static void start() throws Exception {
    server = TestDatabase.dedicatedServer("silent-loss-postgres");
    proxy = new FreezingProxy(server.port());
    persistence = Persistence.open(FaultScenario.pool(
        "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + EmbeddedPostgresServer.DATABASE,
        server.password(), 4),
        FaultScenario.resilience(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    persistence.close();
    proxy.close();
    server.close();
  }

  @Test
  void callsStayBoundedAndServiceResumesOnceTheNetworkHeals() throws Exception {
    var latencies = new Latencies();
    var breakerOpened = new AtomicBoolean();
    persistence.guard().circuitBreaker().getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
        breakerOpened.set(true);
      }
    });
    var running = new AtomicBoolean(true);
    var healedAt = new AtomicLong(Long.MAX_VALUE);
    var firstSuccessAfterHeal = new AtomicLong(Long.MAX_VALUE);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 4; i++) {
      callers.submit(() -> {
        while (running.get()) {
          long start = System.nanoTime();
          try {
            persistence.quotes().latest(ThirdCode.of("000001.SZ"));
            if (start > healedAt.get()) {
              firstSuccessAfterHeal.compareAndSet(Long.MAX_VALUE, System.nanoTime());
            }
          } catch (DatabaseUnavailable | QueryTimedOut failure) {
            // expected while the network is cut
          } finally {
            latencies.add(System.nanoTime() - start);
          }
          pause(10);
        }
        return null;
      });
    }

    pause(1_000);
    proxy.freeze();
    long frozenAt = System.nanoTime();
    pause(6_000);
    proxy.heal();
    healedAt.set(System.nanoTime());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (firstSuccessAfterHeal.get() == Long.MAX_VALUE && System.nanoTime() < deadline) {
      pause(50);
    }
    running.set(false);
    callers.shutdown();
    assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).as("no caller hangs").isTrue();

    double resumeSeconds = (firstSuccessAfterHeal.get() - healedAt.get()) / 1e9;
    Figures.record("silent-loss", String.format(
        "network silent for %.1f s; calls: %s; longest call %.0f ms; breaker opened=%s; "
            + "first success %.2f s after the network healed",
        (healedAt.get() - frozenAt) / 1e9, latencies.summary(), latencies.maxMillis(),
        breakerOpened.get(), resumeSeconds));

    assertThat(latencies.maxMillis()).as("no call hangs past the socket-timeout budget")
        .isLessThan(20_000.0);
    assertThat(breakerOpened.get()).as("the breaker opened").isTrue();
    assertThat(firstSuccessAfterHeal.get()).as("service resumed by itself").isNotEqualTo(Long.MAX_VALUE);
    assertThat(persistence.dataSource().getHikariPoolMXBean().getActiveConnections()).isZero();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
