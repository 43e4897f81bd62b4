package stockassistant.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.Figures;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * With the shipped defaults: reads that cannot finish (another session holds a lock on
 * stock_daily). One alone ends as 504 at its read budget; three times the pool's worth of them
 * fill the pool, the excess is refused at once as 503 (pool exhausted) instead of queueing, and
 * once the lock goes everything is served again with no connection left behind.
 */
class DatabasePressureIT {
  private static final String RANGE = "/api/v1/quotes/daily/000001.SZ?start=2024-01-01&end=2024-12-31";
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static Service service;
  private static Persistence persistence;

  @BeforeAll
  static void start() {
    service = DefaultService.on(TestDatabase.target());
    persistence = service.injector().getInstance(Persistence.class);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void aReadThatCannotFinishIs504AtItsBudgetAndThePoolRecovers() throws Exception {
    HttpResponse<String> slow;
    long millis;
    try (Connection blocker = TestDatabase.connect(); Statement statement = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      statement.execute("LOCK TABLE stock_daily IN ACCESS EXCLUSIVE MODE");
      long start = System.nanoTime();
      slow = HttpProbe.get(service.port(), RANGE);
      millis = (System.nanoTime() - start) / 1_000_000;
      blocker.rollback();
    }
    Figures.record("http-slow-query", String.format("defaults; a read blocked by a lock answered "
        + "%d after %d ms", slow.statusCode(), millis));

    assertThat(slow.statusCode()).as(slow.body()).isEqualTo(504);
    assertThat(slow.body()).doesNotContain("LOCK").doesNotContain("SELECT");
    assertThat(millis).as("ended by the 5 s read budget").isBetween(4_500L, 8_000L);
    assertServedAgainWithNothingBorrowed();
  }

  @Test
  void excessCallersAreRefusedAtOnceWhileThePoolIsFull() throws Exception {
    int callers = persistence.pool().maximumSize() * 3;
    var refused = new Latencies();
    var statuses = new ArrayList<Integer>();
    try (Connection blocker = TestDatabase.connect(); Statement statement = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      statement.execute("LOCK TABLE stock_daily IN ACCESS EXCLUSIVE MODE");
      List<CompletableFuture<Void>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        long start = System.nanoTime();
        calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(uri(RANGE)).timeout(Duration.ofSeconds(15))
            .build(), HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
              synchronized (statuses) {
                statuses.add(response.statusCode());
              }
              if (response.statusCode() == 503) {
                assertThat(response.body()).contains("pool is exhausted");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                refused.add(System.nanoTime() - start);
              }
            }));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
      blocker.rollback();
    }
    Figures.record("http-overload", String.format("defaults; %d reads into a locked table on a "
        + "pool of %d: statuses %s; refused %s", callers, persistence.pool().maximumSize(),
        statuses, refused.summary()));

    assertThat(statuses).as("every caller answered 503 or 504, none 500").hasSize(callers)
        .containsOnly(503, 504);
    assertThat(refused.count()).as("callers refused for an exhausted pool").isPositive();
    assertThat(refused.maxMillis()).as("refused within the connection timeout, ms")
        .isLessThan(4_500.0);
    assertServedAgainWithNothingBorrowed();
  }

  private static void assertServedAgainWithNothingBorrowed() throws Exception {
    for (int i = 0; i < 12; i++) {
      assertThat(HttpProbe.get(service.port(), RANGE).statusCode()).isEqualTo(200);
    }
    assertThat(persistence.pool().stats().getActiveConnections()).isZero();
    assertThat(HttpProbe.get(service.port(), "/health/ready").statusCode()).isEqualTo(200);
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }
}
