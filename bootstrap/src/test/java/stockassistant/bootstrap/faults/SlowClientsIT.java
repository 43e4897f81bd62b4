package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.Await;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.testdata.DailyBarBuilder;

/**
 * With the shipped defaults: three times the pool size of clients ask for a stock's full
 * valuation history (7,500 bars) and then read a few bytes a second. The database work of their
 * requests ends at database speed, so other clients' one-year ranges are served as usual, the
 * pool is never exhausted and the service stays ready.
 */
class SlowClientsIT {
  private static final String FULL_HISTORY = "000001.SZ";
  private static Service service;
  private static HikariPoolMXBean pool;
  private static int poolSize;

  @BeforeAll
  static void start() {
    TestDatabase.truncateAll();
    service = DefaultService.on(TestDatabase.target());
    Persistence persistence = service.injector().getInstance(Persistence.class);
    pool = persistence.pool().stats();
    poolSize = persistence.pool().maximumSize();
    MarketData marketData = service.injector().getInstance(MarketData.class);
    marketData.upsertBars(new UpsertBarsCommand(bars(FULL_HISTORY, LocalDate.of(1995, 1, 2), 7_500)));
    for (int i = 1; i <= 8; i++) {
      marketData.upsertBars(new UpsertBarsCommand(bars(String.format("60000%d.SH", i),
          LocalDate.of(2023, 1, 2), 500)));
    }
  }

  @AfterAll
  static void stop() {
    service.close();
    TestDatabase.truncateAll();
  }

  @Test
  void slowReadersHoldNoConnectionAndOthersAreServedAsUsual() throws Exception {
    int port = service.port();
    var slowClients = new ArrayList<SlowClient>();
    var normal = new Latencies();
    var notOk = new AtomicInteger();
    var notReady = new AtomicInteger();
    var maxActive = new AtomicInteger();
    var maxWaiting = new AtomicInteger();
    var maxHeap = new AtomicLong();
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (var workers = new Workers()) {
      for (int i = 0; i < poolSize * 3; i++) {
        SlowClient client = SlowClient.get(port, "/api/v1/quotes/valuation/" + FULL_HISTORY);
        slowClients.add(client);
        client.read(64);
      }
      workers.start(1, () -> {
        for (SlowClient client : slowClients) {
          client.read(2);
        }
        Thread.sleep(1_000);
      });
      workers.start(1, () -> {
        maxActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
        maxWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
        maxHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
            Math::max);
        int ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (ready != 200) {
          notReady.incrementAndGet();
        }
        Thread.sleep(50);
      });
      var requests = new AtomicInteger();
      workers.startEach(4, w -> () -> {
        String code = String.format("60000%d.SH", 1 + requests.incrementAndGet() % 8);
        long start = System.nanoTime();
        int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/quotes/daily/" + code + "?start=2023-03-01&end=2024-02-29"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        normal.add(System.nanoTime() - start);
        if (status != 200) {
          notOk.incrementAndGet();
        }
      });
      Await.pause(Duration.ofSeconds(10));
      workers.stop(Duration.ofSeconds(30));

      Figures.record("http-slow-clients", String.format(
          "defaults; %d clients reading a 7,500-bar history at ~2 bytes/s; meanwhile one-year "
              + "ranges %s, not 200: %d; pool max active %d of %d, max waiting %d; not ready: %d; "
              + "max heap used %d MB", slowClients.size(), normal.summary(), notOk.get(),
          maxActive.get(), poolSize, maxWaiting.get(), notReady.get(), maxHeap.get() >> 20));

      assertThat(notOk.get()).as("one-year ranges not answered 200").isZero();
      assertThat(normal.percentileMillis(99)).as("p99 of one-year ranges, ms").isLessThan(100.0);
      assertThat(maxWaiting.get()).as("callers ever waiting for a connection").isZero();
      assertThat(maxActive.get()).as("connections ever in use").isLessThan(poolSize);
      assertThat(notReady.get()).as("/health/ready answers other than 200").isZero();
    } finally {
      for (SlowClient client : slowClients) {
        client.close();
      }
    }
  }

  static List<DailyBar> bars(String code, LocalDate first, int count) {
    var bars = new ArrayList<DailyBar>();
    for (int i = 0; i < count; i++) {
      bars.add(DailyBarBuilder.aBar().of(code).on(first.plusDays(i)).close(10 + i % 9).build());
    }
    return bars;
  }
}
