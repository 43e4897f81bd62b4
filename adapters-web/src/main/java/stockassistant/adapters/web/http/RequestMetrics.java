package stockassistant.adapters.web.http;

import com.codahale.metrics.MetricRegistry;
import io.javalin.http.Context;
import io.prometheus.client.Collector;
import io.prometheus.client.Summary;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.errors.ClientGone;

/**
 * One access-log line per request (method, path without the query, status, time), a timer per
 * route and status class for JMX, e.g. {@code http.GET./api/v1/stocks/{third_code}.2xx}, and
 * Prometheus' {@code http_server_requests_seconds{method,uri,status}} with the exact status.
 */
public final class RequestMetrics {
  private static final Logger access = LoggerFactory.getLogger("stockassistant.access");

  private final MetricRegistry metrics;
  private final Summary requests = Summary.build("http_server_requests_seconds",
          "HTTP requests served, by method, route template (uri) and status")
      .labelNames("method", "uri", "status").create();

  public RequestMetrics(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  public void record(Context ctx, float millis) {
    int status = ClientGone.statusOf(ctx);
    String route = routeOf(ctx);
    String method = ctx.method().name();
    metrics.timer(MetricRegistry.name("http", method, route, status / 100 + "xx"))
        .update((long) (millis * 1000), TimeUnit.MICROSECONDS);
    requests.labels(method, route, String.valueOf(status)).observe(millis / 1000.0);
    access.info("{} {} {} {} ms", ctx.method(), ctx.path(), status, String.format("%.1f", millis));
  }

  /** The Prometheus view, for the exposition endpoint to register. */
  public Collector prometheus() {
    return requests;
  }

  private static String routeOf(Context ctx) {
    try {
      String path = ctx.endpointHandlerPath();
      return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
    } catch (RuntimeException noEndpoint) {
      return "unmatched";
    }
  }
}
