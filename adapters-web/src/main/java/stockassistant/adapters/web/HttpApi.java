package stockassistant.adapters.web;

import stockassistant.domain.PrimaryPool;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.EnumSet;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.errors.ApiError;
import stockassistant.adapters.web.errors.ErrorMapping;
import stockassistant.adapters.web.errors.ProblemErrorHandler;
import stockassistant.adapters.web.finance.FinanceRoutes;
import stockassistant.adapters.web.backups.BackupRoutes;
import stockassistant.adapters.web.dashboard.DashboardRoutes;
import stockassistant.adapters.web.http.BearerAuth;
import stockassistant.adapters.web.http.InFlightRequests;
import stockassistant.adapters.web.http.RequestMetrics;
import stockassistant.adapters.web.http.Route;
import stockassistant.adapters.web.llm.LlmConfigRoutes;
import stockassistant.adapters.web.openapi.DocsRoutes;
import stockassistant.adapters.web.ops.OpsRoutes;
import stockassistant.adapters.web.ops.OverviewRoutes;
import stockassistant.adapters.web.quality.QualityRoutes;
import stockassistant.adapters.web.quotes.PeriodBarRoutes;
import stockassistant.adapters.web.quotes.QuoteRoutes;
import stockassistant.adapters.web.stocks.StockRoutes;
import stockassistant.adapters.web.tushare.TushareRoutes;
import stockassistant.application.backup.Backups;
import stockassistant.application.calendar.MarketCalendar;
import stockassistant.application.finance.FinanceReports;
import stockassistant.application.llm.LlmConfigs;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.stocks.StockCatalog;

/**
 * The HTTP API of API.md on Javalin. Routes come from one table that is also the OpenAPI
 * document. Stopping drains: new requests get 503 while those in flight finish.
 */
public final class HttpApi {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  /**
   * Javalin 6 keeps virtual threads off on Java 17, so Jetty's pool bounds blocking work. Sized
   * well above the connection pool: requests that wait for a connection fail fast (503) instead
   * of piling up, and health and metrics still answer while the pool is saturated.
   */
  private static final int MAX_THREADS = 64;
  private static final long DRAIN_MILLIS = 10_000;

  private final WebSettings settings;
  private final List<Route> routes = new ArrayList<>();
  private final BearerAuth auth;
  private final RequestMetrics requestMetrics;
  private final InFlightRequests inFlight = new InFlightRequests();
  private final OverviewRoutes overview;
  private final AtomicBoolean draining = new AtomicBoolean();
  private Javalin app;

  /** The facades may be null only when documenting routes ({@link OpenApiFile}). */
  public HttpApi(MarketData marketData, StockCatalog stocks, FinanceReports finance,
      LlmConfigs llmConfigs, Backups backups, MarketCalendar calendar, DataQuality quality,
      WebSettings settings, MetricRegistry metrics, HealthCheckRegistry health, PrimaryPool pool) {
    this.settings = settings;
    this.auth = new BearerAuth(settings.apiToken(), settings.readsNeedToken(), TushareRoutes.PATH);
    this.requestMetrics = new RequestMetrics(metrics);
    metrics.gauge("http.in_flight", () -> inFlight::count);
    long maxBody = settings.maxBodyBytes();
    routes.addAll(new StockRoutes(stocks, maxBody).routes());
    routes.addAll(new QuoteRoutes(marketData, maxBody).routes());
    routes.addAll(new PeriodBarRoutes(marketData).routes());
    routes.addAll(new FinanceRoutes(finance, maxBody).routes());
    routes.addAll(new LlmConfigRoutes(llmConfigs, maxBody).routes());
    routes.addAll(new BackupRoutes(backups).routes());
    routes.addAll(new TushareRoutes(marketData, stocks, finance, calendar, settings.apiToken(),
        maxBody).routes());
    routes.addAll(new QualityRoutes(quality).routes());
    routes.addAll(new OpsRoutes(metrics, health, requestMetrics.prometheus()).routes());
    overview = new OverviewRoutes(metrics, health, pool);
    routes.addAll(overview.routes());
    routes.addAll(new DashboardRoutes().routes());
    routes.addAll(new DocsRoutes(this::routes, settings.readsNeedToken()).routes());
  }

  /**
   * Routes of a capability wired outside this constructor (the sync's, issue 24), added before
   * {@link #start}; the OpenAPI document lists them too.
   */
  public synchronized HttpApi add(List<Route> more) {
    if (app != null) {
      throw new IllegalStateException("routes are added before the server starts");
    }
    routes.addAll(more);
    return this;
  }

  /** Every route served, in the order they are documented. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  public synchronized HttpApi start() {
    if (app != null) {
      return this;
    }
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.useVirtualThreads = false;
      config.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.router.ignoreTrailingSlashes = true;
      var threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
      threads.setName("http");
      config.jetty.threadPool = threads;
      // 1,000 third_codes in a query string need ~11 KB; Jetty's default header limit is 8 KB
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.addFilter(
          new FilterHolder(inFlight), "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.requestLogger.http(requestMetrics::record);
      config.router.mount(router -> {
        router.before(this::admit);
        routes.forEach(route -> router.addHttpHandler(route.method(), route.path(), route.handler()));
        ErrorMapping.install(router);
      });
    }).start(settings.host(), settings.port());
    overview.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Refuses new requests, waits for those in flight (up to 10 s), then stops Jetty. */
  public synchronized void stop() {
    if (app == null) {
      return;
    }
    draining.set(true);
    long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
    while (inFlight.count() > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (inFlight.count() > 0) {
      log.warn("Stopping with {} request(s) still in flight", inFlight.count());
    }
    app.stop();
    overview.stop();
    app = null;
  }

  private void admit(Context ctx) {
    if (draining.get()) {
      ctx.header("Retry-After", "1");
      throw ApiError.unavailable("the server is shutting down");
    }
    auth.check(ctx);
  }
}
