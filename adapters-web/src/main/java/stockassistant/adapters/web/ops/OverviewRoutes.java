package stockassistant.adapters.web.ops;

import stockassistant.domain.PrimaryPool;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.http.Route;
import stockassistant.domain.InvalidField;

/**
 * {@code GET /metrics/overview}: what the dashboard's operations panel draws, in one small
 * answer: pool figures and their last five minutes, database, breaker (with its transitions)
 * and migration status, retries, and per-route rates and p99. Polled every two seconds with
 * {@code since}, so each answer carries only the samples the page has not seen.
 */
public final class OverviewRoutes {
  private static final ObjectMapper SNAKE = Json.MAPPER.copy()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final String RETRY_PREFIX = "resilience4j.retry.";

  private final MetricRegistry metrics;
  private final HealthCheckRegistry health;
  private final PrimaryPool pool;
  private ScheduledExecutorService threads;
  private OpsTimeline timeline;
  private HealthProbe probe;

  public OverviewRoutes(MetricRegistry metrics, HealthCheckRegistry health, PrimaryPool pool) {
    this.metrics = metrics;
    this.health = health;
    this.pool = pool;
  }

  public List<Route> routes() {
    return Route.tagged("Operations",
        Route.get("/metrics/overview", "Get the operations overview", this::overview)
            .operationId("getOperationsOverview")
            .describe("Pool figures with their last five minutes, database, circuit-breaker (with "
                + "its transitions) and migration status, retries, request rate and p99 per "
                + "route: what the dashboard draws.")
            .query("since", Route.Param.Type.INTEGER, false,
                "epoch milliseconds: only samples taken after it (0: all)", "0")
            .returns("Overview").responds(400, "since is not a whole number"));
  }

  /** Starts sampling; called when the HTTP server starts. */
  public synchronized void start() {
    if (threads != null) {
      return;
    }
    threads = Executors.newScheduledThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "ops-overview");
      thread.setDaemon(true);
      return thread;
    });
    timeline = new OpsTimeline(metrics, pool, System::currentTimeMillis);
    probe = new HealthProbe(health, threads, System::currentTimeMillis, 2_000);
    threads.scheduleAtFixedRate(timeline::sample, 0, 1, TimeUnit.SECONDS);
  }

  public synchronized void stop() {
    if (threads != null) {
      threads.shutdownNow();
      threads = null;
    }
  }

  private void overview(Context ctx) throws Exception {
    long since = since(ctx);
    OpsTimeline samples;
    HealthProbe checks;
    synchronized (this) {
      if (threads == null) {
        start();
      }
      samples = timeline;
      checks = probe;
    }
    var body = new LinkedHashMap<String, Object>();
    body.put("at", System.currentTimeMillis());
    body.put("status", checks.view());
    body.put("pool", pool.figures());
    body.put("retries", retries());
    body.put("storage", storage());
    body.put("samples", samples.after(since));
    body.put("routes", routes(metrics));
    ctx.contentType("application/json").result(SNAKE.writeValueAsString(body));
  }

  private static long since(Context ctx) {
    String text = ctx.queryParam("since");
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidField("since", "must be a whole number (epoch milliseconds)");
    }
  }

  /** Free disk (embedded), database size, low-space flag and restarts: the gauges of issue 30. */
  private Map<String, Object> storage() {
    var storage = new LinkedHashMap<String, Object>();
    gauge("storage.data_dir.free_bytes").ifPresent(free -> storage.put("data_dir_free_bytes", free));
    gauge("storage.database.size_bytes").ifPresent(size -> storage.put("database_size_bytes", size));
    var restarts = metrics.getCounters().get("embedded.postgres.restarts");
    if (restarts != null) {
      storage.put("embedded_restarts", restarts.getCount());
    }
    // the storage check runs in the background: its last result, at once
    boolean degraded = false;
    if (health.getNames().contains("storage")) {
      Map<String, Object> details = health.runHealthCheck("storage").getDetails();
      degraded = details != null && Boolean.TRUE.equals(details.get("degraded"));
    }
    storage.put("degraded", degraded);
    return storage;
  }

  private java.util.Optional<Object> gauge(String name) {
    return java.util.Optional.ofNullable(metrics.getGauges().get(name)).map(OverviewRoutes::value);
  }

  private Map<String, Object> retries() {
    var retries = new LinkedHashMap<String, Object>();
    metrics.getGauges((name, metric) -> name.startsWith(RETRY_PREFIX)).forEach((name, gauge) ->
        retries.put(name.substring(name.lastIndexOf('.') + 1), value(gauge)));
    return retries;
  }

  private static Object value(Gauge<?> gauge) {
    Object value = gauge.getValue();
    return value instanceof Number ? value : String.valueOf(value);
  }

  /** One row per {@code http.<METHOD>.<route>.<status class>} timer, busiest first. */
  static List<RouteFigures> routes(MetricRegistry metrics) {
    var rows = new ArrayList<RouteFigures>();
    metrics.getTimers((name, metric) -> name.startsWith("http.")).forEach((name, timer) -> {
      String rest = name.substring("http.".length());
      int firstDot = rest.indexOf('.');
      int lastDot = rest.lastIndexOf('.');
      if (firstDot > 0 && lastDot > firstDot) {
        rows.add(RouteFigures.of(rest.substring(0, firstDot), rest.substring(firstDot + 1, lastDot),
            rest.substring(lastDot + 1), timer));
      }
    });
    rows.sort((a, b) -> Long.compare(b.count(), a.count()));
    return rows;
  }

  /** Rate is Dropwizard's one-minute moving average; p99 from its recent-biased reservoir. */
  record RouteFigures(String method, String route, String status, long count, double ratePerSecond,
      double p99Ms) {
    static RouteFigures of(String method, String route, String status, Timer timer) {
      return new RouteFigures(method, route, status, timer.getCount(),
          Math.round(timer.getOneMinuteRate() * 100) / 100.0,
          Math.round(timer.getSnapshot().get99thPercentile() / 10_000.0) / 100.0);
    }
  }
}
