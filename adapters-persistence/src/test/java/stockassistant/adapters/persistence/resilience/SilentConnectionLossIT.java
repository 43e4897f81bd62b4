package stockassistant.adapters.persistence.resilience;

import com.codahale.metrics.MetricRegistry;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.FreezingProxy;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.domain.QueryTimedOut;
import stockassistant.domain.stock.ThirdCode;

/**
 * Every open connection goes silent without closing (a NAT or firewall forgetting its state),
 * with the short fault-test settings. Calls must stay within their budget, the breaker must
 * open, and once the network heals the dead connections must be evicted rather than waited on.
 * (The same with the shipped defaults, over HTTP, is bootstrap's SilentLossIT.)
 */
class SilentConnectionLossIT {
  private static EmbeddedPostgresServer server;
  private static FreezingProxy proxy;
  private static Persistence persistence;

  @BeforeAll
  static void start() throws Exception {
    server = TestDatabase.dedicatedServer("silent-loss-postgres");
    proxy = new FreezingProxy(server.port());
    persistence = Persistence.open(TestDatabase.targetOnPort(server, proxy.port()),
        FaultScenario.pool(4), FaultScenario.resilience(), FaultScenario.budgets(), new MetricRegistry());
  }

  @AfterAll
  static void stop() throws Exception {
    persistence.close();
    proxy.close();
    server.close();
  }

  @Test
  void callsStayWithinTheirBudgetAndServiceResumesOnceTheNetworkHeals() throws Exception {
    var latencies = new Latencies();
    var breakerOpened = new AtomicBoolean();
    persistence.guard().circuitBreaker().getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
        breakerOpened.set(true);
      }
    });
    var healedAt = new AtomicLong(Long.MAX_VALUE);
    var firstSuccessAfterHeal = new AtomicLong(Long.MAX_VALUE);
    var successes = new AtomicLong();
    try (var workers = new Workers()) {
      workers.start(4, () -> {
        long start = System.nanoTime();
        try {
          persistence.unitOfWork().read("test.read",
              db -> persistence.quotes().bars(db, 
              BarQuery.newest(ThirdCode.of("000001.SZ"), 1, BarMetric.PRICE_BAR), null, 0, 1));
          successes.incrementAndGet();
          if (start > healedAt.get()) {
            firstSuccessAfterHeal.compareAndSet(Long.MAX_VALUE, System.nanoTime());
          }
        } catch (DatabaseUnavailable | QueryTimedOut failure) {
          // expected while the network is cut
        } finally {
          latencies.add(System.nanoTime() - start);
        }
        Await.pause(Duration.ofMillis(10));
      });

      Await.until("calls succeed", Duration.ofSeconds(30), () -> successes.get() >= 20);
      proxy.freeze();
      long frozenAt = System.nanoTime();
      Await.pause(Duration.ofSeconds(6));
      proxy.heal();
      healedAt.set(System.nanoTime());
      Await.until("a call succeeds after the heal", Duration.ofSeconds(60),
          () -> firstSuccessAfterHeal.get() != Long.MAX_VALUE);
      workers.stop(Duration.ofSeconds(30));

      double resumeSeconds = (firstSuccessAfterHeal.get() - healedAt.get()) / 1e9;
      Figures.record("silent-loss", String.format(
          "network silent for %.1f s; calls: %s; longest call %.0f ms; breaker opened=%s; "
              + "first success %.2f s after the network healed",
          (healedAt.get() - frozenAt) / 1e9, latencies.summary(), latencies.maxMillis(),
          breakerOpened.get(), resumeSeconds));

      // 2 s read budget + 1 s abort grace + at most one 0.5 s back-off, with slack for a busy box
      assertThat(latencies.maxMillis()).as("no call outlives its budget").isLessThan(5_000.0);
      assertThat(breakerOpened.get()).as("the breaker opened").isTrue();
      assertThat(persistence.pool().stats().getActiveConnections()).isZero();
    }
  }
}
