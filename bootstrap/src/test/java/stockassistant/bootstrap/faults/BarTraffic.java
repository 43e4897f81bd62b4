package stockassistant.bootstrap.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.Latencies;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.persistence.testing.Workers;

/**
 * Writers and readers over HTTP, as clients of the service would be: what was acknowledged, what
 * every call answered and how long it took. A call unanswered after {@link #CLIENT_PATIENCE}
 * counts as unanswered (the client gave up).
 */
final class BarTraffic {
  static final Duration CLIENT_PATIENCE = Duration.ofSeconds(15);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final Latencies calls = new Latencies();
  final Latencies unavailable = new Latencies();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final AtomicInteger unanswered = new AtomicInteger();
  final AtomicInteger writesAcknowledged = new AtomicInteger();
  /** A 2xx answer to a call that started after this moment marks the recovery. */
  final AtomicLong recoveryFrom = new AtomicLong(Long.MAX_VALUE);
  final AtomicLong firstSuccessAfter = new AtomicLong(Long.MAX_VALUE);

  BarTraffic(int port) {
    this.port = port;
  }

  /** Writers of one code each, alternating one-bar batches (row path) and 100 (COPY path). */
  void startWriters(Workers workers, int count) {
    workers.startEach(count, (IntFunction<Workers.Step>) w -> {
      String code = String.format("60000%d.SH", w);
      int batch = w % 2 == 0 ? 1 : 100;
      LocalDate[] next = {LocalDate.of(2000, 1, 3)};
      return () -> {
        var body = new StringBuilder("[");
        var keys = new HashSet<String>();
        for (int i = 0; i < batch; i++) {
          LocalDate day = next[0];
          next[0] = day.plusDays(1);
          body.append(i == 0 ? "" : ",").append("{\"third_code\":\"").append(code)
              .append("\",\"trade_date\":\"").append(day).append("\",\"open\":10.1,\"high\":10.9,")
              .append("\"low\":9.8,\"close\":").append(10 + i % 7).append(",\"vol\":1000}");
          keys.add(code + "|" + day);
        }
        int status = call(HttpRequest.newBuilder(uri("/api/v1/quotes/daily"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())));
        if (status == 200) {
          acknowledged.addAll(keys);
          writesAcknowledged.incrementAndGet();
        } else {
          pauseAfterRefusal();
        }
      };
    });
  }

  /** Readers of one-year ranges. */
  void startReaders(Workers workers, int count) {
    workers.start(count, () -> {
      int status = call(HttpRequest.newBuilder(
          uri("/api/v1/quotes/daily/600001.SH?start=2000-01-01&end=2000-12-31")).GET());
      if (status != 200) {
        pauseAfterRefusal();
      }
    });
  }

  long count(int status) {
    AtomicInteger seen = statuses.get(status);
    return seen == null ? 0 : seen.get();
  }

  /** Statuses that mean a bug rather than an outage: anything 5xx but 503 and 504. */
  long serverErrors() {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= 500 && e.getKey() != 503 && e.getKey() != 504)
        .mapToLong(e -> e.getValue().get()).sum();
  }

  /** Keys of every bar stored, read straight from the server (no API, no date window). */
  static Set<String> storedKeys(EmbeddedPostgresServer server) throws Exception {
    var keys = new HashSet<String>();
    try (Connection connection = TestDatabase.connect(server);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT third_code, trade_date FROM stock_daily")) {
      while (rows.next()) {
        keys.add(rows.getString(1) + "|" + rows.getObject(2, LocalDate.class));
      }
    }
    return keys;
  }

  private int call(HttpRequest.Builder request) throws Exception {
    long start = System.nanoTime();
    int status;
    try {
      status = CLIENT.send(request.timeout(CLIENT_PATIENCE).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException gaveUp) {
      unanswered.incrementAndGet();
      calls.add(System.nanoTime() - start);
      return -1;
    }
    long took = System.nanoTime() - start;
    calls.add(took);
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    if (status == 503) {
      unavailable.add(took);
    }
    if (status / 100 == 2 && start > recoveryFrom.get()) {
      firstSuccessAfter.compareAndSet(Long.MAX_VALUE, System.nanoTime());
    }
    return status;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static void pauseAfterRefusal() throws InterruptedException {
    Thread.sleep(20);
  }
}
