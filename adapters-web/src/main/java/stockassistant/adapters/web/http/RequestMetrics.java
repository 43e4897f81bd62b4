package stockassistant.adapters.web.http;

import com.codahale.metrics.MetricRegistry;
import io.javalin.http.Context;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.errors.ClientGone;

/**
 * One access-log line per request (method, path without the query, status, time) and a timer
 * per route and status class, e.g. {@code http.GET./api/v1/stocks/{third_code}.2xx}.
 */
public final class RequestMetrics {
  private static final Logger access = LoggerFactory.getLogger("stockassistant.access");

  private final MetricRegistry metrics;

  public RequestMetrics(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  public void record(Context ctx, float millis) {
    int status = ClientGone.statusOf(ctx);
    String route = routeOf(ctx);
    metrics.timer(MetricRegistry.name("http", ctx.method().name(), route, status / 100 + "xx"))
        .update((long) (millis * 1000), TimeUnit.MICROSECONDS);
    access.info("{} {} {} {} ms", ctx.method(), ctx.path(), status, String.format("%.1f", millis));
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
