package stockassistant.adapters.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.http.Route;

/**
 * {@code GET /dashboard}: one page with an operations panel and a stock panel, built only on
 * this service's own endpoints. Every script and style comes from the jar (ECharts from its
 * WebJar), so it works with no network beyond this server; files are served from a fixed list,
 * never from a path the client names.
 */
public final class DashboardRoutes {
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String ECHARTS_POM =
      "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  private final Asset page = Asset.fromClasspath("dashboard/index.html", "text/html; charset=utf-8");
  private final Map<String, Asset> assets = Map.of(
      "dashboard.css", Asset.fromClasspath("dashboard/dashboard.css", "text/css; charset=utf-8"),
      "common.js", Asset.fromClasspath("dashboard/common.js", JS),
      "ops.js", Asset.fromClasspath("dashboard/ops.js", JS),
      "stock.js", Asset.fromClasspath("dashboard/stock.js", JS),
      "quality.js", Asset.fromClasspath("dashboard/quality.js", JS),
      "echarts.min.js", Asset.fromClasspath("META-INF/resources/webjars/echarts/"
          + echartsVersion() + "/dist/echarts.min.js", JS));

  public List<Route> routes() {
    return Route.tagged("Dashboard",
        Route.get("/dashboard", "Open the dashboard", this::page).operationId("getDashboard")
            .describe("The dashboard page: operations (pool, breaker, traffic) and stocks "
                + "(candlesticks); ?code=600000.SH opens it on a stock.")
            .returnsContent("text/html"),
        Route.get("/dashboard/assets/{file}", "Get a file of the dashboard", this::asset)
            .operationId("getDashboardAsset")
            .describe("A script or style of the dashboard page.")
            .pathParam("file", "dashboard.css, common.js, ops.js, stock.js, quality.js or echarts.min.js",
                "ops.js")
            .returnsContent("text/plain")
            .responds(304, "unchanged since the ETag given in If-None-Match")
            .responds(404, "no such file"));
  }

  private void page(Context ctx) {
    // scripts only from this server; ECharts styles its tooltips inline
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'");
    send(ctx, page);
  }

  private void asset(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("file"));
    if (asset == null) {
      throw ApiError.notFound("the dashboard has no file named " + ctx.pathParam("file"));
    }
    send(ctx, asset);
  }

  private static void send(Context ctx, Asset asset) {
    ctx.header("ETag", asset.etag());
    // revalidate every time: a 304 costs one loopback round trip, and a new jar is seen at once
    ctx.header("Cache-Control", "no-cache");
    ctx.header("X-Content-Type-Options", "nosniff");
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.contentType());
    String accepted = ctx.header("Accept-Encoding");
    if (accepted != null && accepted.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      ctx.header("Vary", "Accept-Encoding");
      ctx.result(asset.gzipped());
    } else {
      ctx.result(asset.plain());
    }
  }

  /** The WebJar's own record of its version, so the pom is the one place that names it. */
  private static String echartsVersion() {
    try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar is missing from the classpath");
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
