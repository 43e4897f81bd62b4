package stockassistant.adapters.web.ops;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.codahale.metrics.json.MetricsModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import stockassistant.adapters.web.http.MediaTypes;
import stockassistant.adapters.web.http.Route;

/** Liveness, readiness (Dropwizard health checks), metrics as JSON and as Prometheus text. */
public final class OpsRoutes {
  private static final ObjectMapper METRICS_JSON = new ObjectMapper()
      .registerModule(new MetricsModule(TimeUnit.SECONDS, TimeUnit.MILLISECONDS, false));

  private final MetricRegistry metrics;
  private final HealthCheckRegistry health;
  private final CollectorRegistry prometheus = new CollectorRegistry();

  public OpsRoutes(MetricRegistry metrics, HealthCheckRegistry health) {
    this.metrics = metrics;
    this.health = health;
    // the maintained bridge, not a hand-written exposition formatter
    prometheus.register(new DropwizardExports(metrics));
  }

  public List<Route> routes() {
    return Route.tagged("Operations",
        Route.get("/health/live", "Check liveness", this::live).operationId("getLiveness")
            .describe("200 while the process serves.").returns("Status"),
        Route.get("/health/ready", "Check readiness", this::ready).operationId("getReadiness")
            .describe("200 when the database answers, the circuit is closed and the schema is "
                + "current; else 503 with the same body, each check's state and the pool's "
                + "connections.")
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
    var body = new LinkedHashMap<String, Object>();
    body.put("status", healthy ? "UP" : "DOWN");
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
