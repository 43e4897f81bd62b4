package stockassistant.adapters.web.http;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.javalin.http.Context;
import io.prometheus.client.Collector;
import io.prometheus.client.Summary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private final Map<Key, Recorders> byRoute = new ConcurrentHashMap<>();
  private final Summary requests = Summary.build("http_server_requests_seconds",
          "HTTP requests served, by method, route template (uri) and status")
      .labelNames("method", "uri", "status").create();

  public RequestMetrics(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  public void record(Context ctx, float millis) {
    int status = ClientGone.statusOf(ctx);
    Recorders recorders = byRoute.computeIfAbsent(
        new Key(ctx.method().name(), routeOf(ctx), status), this::recorders);
    recorders.timer.update((long) (millis * 1000), TimeUnit.MICROSECONDS);
    recorders.summary.observe(millis / 1000.0);
    // tenths by hand: String.format was ~7 % of a latest-bar read's CPU (docs/BENCHMARKS.md)
    long tenths = Math.round(millis * 10.0);
    access.info("{} {} {} {}.{} ms", ctx.method(), ctx.path(), status, tenths / 10, tenths % 10);
  }

  /**
   * The timer and the summary's child of a route and status, found again by a key whose strings
   * (Javalin's route template, the method's name) keep their hash: building the timer's name and
   * looking it up by that new string on every request was ~2 % of a small read's CPU.
   */
  private Recorders recorders(Key key) {
    return new Recorders(
        metrics.timer(MetricRegistry.name("http", key.method, key.route, key.status / 100 + "xx")),
        requests.labels(key.method, key.route, String.valueOf(key.status)));
  }

  private record Key(String method, String route, int status) {}

  private record Recorders(Timer timer, Summary.Child summary) {}

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
