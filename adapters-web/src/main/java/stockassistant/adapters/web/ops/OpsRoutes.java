package stockassistant.adapters.web.ops;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.codahale.metrics.json.MetricsModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.BufferPoolsExports;
import io.prometheus.client.hotspot.ClassLoadingExports;
import io.prometheus.client.hotspot.GarbageCollectorExports;
import io.prometheus.client.hotspot.MemoryPoolsExports;
import io.prometheus.client.hotspot.StandardExports;
import io.prometheus.client.hotspot.ThreadExports;
import io.prometheus.client.hotspot.VersionInfoExports;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Route;
import stockassistant.adapters.web.ops.prometheus.DropwizardFamilies;

/**
 * Liveness, readiness (Dropwizard health checks), metrics as JSON (Dropwizard names, as in JMX)
 * and as Prometheus text (conventional names and labels, see DropwizardFamilies).
 */
public final class OpsRoutes {
  private static final ObjectMapper METRICS_JSON = new ObjectMapper()
      .registerModule(new MetricsModule(TimeUnit.SECONDS, TimeUnit.MILLISECONDS, false));

  private final MetricRegistry metrics;
  private final HealthCheckRegistry health;
  private final CollectorRegistry prometheus = new CollectorRegistry();

  /** {@code requests}: the HTTP request summary, which RequestMetrics records with labels. */
  public OpsRoutes(MetricRegistry metrics, HealthCheckRegistry health, Collector requests) {
    this.metrics = metrics;
    this.health = health;
    prometheus.register(new DropwizardFamilies(metrics));
    prometheus.register(requests);
    // the JVM under client_java's usual names; MemoryAllocationExports is left out because it
    // adds a GC listener per registration that is never removed
    for (Collector jvm : List.of(new StandardExports(), new MemoryPoolsExports(),
        new BufferPoolsExports(), new GarbageCollectorExports(), new ThreadExports(),
        new ClassLoadingExports(), new VersionInfoExports())) {
      prometheus.register(jvm);
    }
  }

  public List<Route> routes() {
    return Route.tagged("Operations",
        Route.get("/health/live", "Check liveness", this::live).operationId("getLiveness")
            .describe("200 while the process serves.").returns("Status"),
        Route.get("/health/ready", "Check readiness", this::ready).operationId("getReadiness")
            .describe("200 when the database answers, the circuit is closed and the schema is "
                + "current; else 503 with the same body, each check's state and the pool's "
                + "connections. Status DEGRADED (still 200) when the data directory's disk "
                + "has less free space than STOCK_DISK_MIN_FREE_MB. Answers at once from a "
                + "state kept current in the background.")
            .returns("Readiness").respondsWithBody(503, "not ready"),
        Route.get("/metrics", "Get metrics as JSON", this::metricsJson).operationId("getMetrics")
            .describe("Every Dropwizard metric, by its JMX name.")
            .returnsContent(MediaTypes.JSON),
        Route.get("/metrics/prometheus", "Get metrics for Prometheus", this::metricsPrometheus)
            .operationId("getPrometheusMetrics")
            .describe("The metrics in Prometheus text format, named by convention "
                + "(http_server_requests_seconds, hikaricp_connections_active, ...).")
            .returnsContent("text/plain"));
  }

  private void live(Context ctx) {
    ctx.contentType("application/json").result("{\"status\":\"UP\"}");
  }

  /** Every check answers from memory (the slow ones run in the background): never waits. */
  private void ready(Context ctx) throws Exception {
    SortedMap<String, HealthCheck.Result> results = health.runHealthChecks();
    boolean healthy = results.values().stream().allMatch(HealthCheck.Result::isHealthy);
    var checks = new LinkedHashMap<String, Object>();
    results.forEach((name, result) -> {
      var check = new LinkedHashMap<String, Object>();
      check.put("status", result.isHealthy() ? "UP" : "DOWN");
      check.put("message", result.getMessage());
      if (result.getDetails() != null) {
        check.putAll(result.getDetails());
      }
      checks.put(name, check);
    });
    // ready but short of something (disk space): still 200, so traffic keeps flowing
    boolean degraded = results.values().stream().anyMatch(result -> result.getDetails() != null
        && Boolean.TRUE.equals(result.getDetails().get("degraded")));
    var body = new LinkedHashMap<String, Object>();
    body.put("status", !healthy ? "DOWN" : degraded ? "DEGRADED" : "UP");
    body.put("checks", checks);
    ctx.status(healthy ? 200 : 503).contentType("application/json")
        .result(METRICS_JSON.writeValueAsString(body));
  }

  private void metricsJson(Context ctx) throws Exception {
    ctx.contentType("application/json");
    METRICS_JSON.writeValue(ctx.outputStream(), metrics);
  }

  private void metricsPrometheus(Context ctx) throws Exception {
    ctx.contentType(TextFormat.CONTENT_TYPE_004);
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      TextFormat.write004(out, prometheus.metricFamilySamples());
    }
  }

}
