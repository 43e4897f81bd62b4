package stockassistant.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.bench.SyntheticMarket;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.domain.quote.DailyBar;

/**
 * Page weight and time to first chart on loopback, for docs/BENCHMARKS.md: a measurement, not
 * a test (it asserts only that charts were drawn), so it runs only when asked:
 * {@code -Ddashboard.figures=true}. Each view is loaded cold (HTTP cache emptied) and warm
 * (revalidated with ETags), several times; the median is printed.
 */
@EnabledIfSystemProperty(named = "dashboard.figures", matches = "true")
class DashboardLoadFiguresIT {
  private static final int LOADS = 7;
  /** Sizes over the wire and decoded, request count, and the page's own chart mark. */
  private static final String FIGURES = """
      const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
      const mark = performance.getEntriesByName(arguments[0])[0];
      return [entries.reduce((sum, e) => sum + e.transferSize, 0),
              entries.reduce((sum, e) => sum + e.decodedBodySize, 0), entries.length,
              mark ? mark.startTime : -1];""";

  /** Where the time of one load went: [name, start ms, end ms, bytes over the wire]. */
  private static final String TIMELINE = """
      return JSON.stringify([
        ...performance.getEntriesByType('navigation').map(e => ['page', 0, e.responseEnd | 0, e.transferSize]),
        ['DOMContentLoaded', performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd | 0],
        ...performance.getEntriesByType('resource')
            .map(e => [e.name.replace(location.origin, ''), e.startTime | 0, e.responseEnd | 0, e.transferSize]),
        ...performance.getEntriesByType('mark').map(e => [e.name, e.startTime | 0])]);""";

  private static Browser browser;
  private static Service service;
  private static String code;

  @BeforeAll
  static void start() {
    if (!Browser.installed()) {
      return;   // each test reports itself skipped
    }
    browser = Browser.start();
    service = Service.start(TestConfigs.onTestDatabase(Map.of()));
    var market = new SyntheticMarket(1, 7);
    code = market.codes().get(0).value();
    TestDatabase.execute("DELETE FROM stock_daily WHERE third_code = '" + code + "'");
    var bars = new ArrayList<DailyBar>();
    Iterator<DailyBar> generated = market.bars(5_000);   // about twenty years of one stock
    generated.forEachRemaining(bars::add);
    service.injector().getInstance(MarketData.class).upsertBars(new UpsertBarsCommand(bars));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void measureTheOperationsPanelAndTheStockPanel() {
    Browser.assumeInstalled();
    var report = new StringBuilder(String.format(Locale.ROOT,
        "%-34s %6s %12s %12s %9s %14s%n", "view", "cache", "transfer KB", "decoded KB", "requests",
        "first chart ms"));
    measure(report, "operations panel", "/dashboard", "first-ops-chart");
    measure(report, "stock panel, 1 year daily", "/dashboard?code=" + code, "first-chart");
    System.out.println("\n" + report);
  }

  private void measure(StringBuilder report, String view, String path, String mark) {
    for (boolean cold : new boolean[] {true, false}) {
      var runs = new ArrayList<List<?>>();
      browser.open("about:blank");
      browser.open(url(path));   // one load to warm the JIT and fill the cache
      awaitMark(mark);
      for (int i = 0; i < LOADS; i++) {
        browser.open("about:blank");
        if (cold) {
          browser.clearCache();
        }
        browser.open(url(path));
        awaitMark(mark);
        runs.add((List<?>) browser.script(FIGURES, mark));
      }
      System.out.println("timeline of the last " + (cold ? "cold " : "warm ") + view + " load: "
          + browser.script(TIMELINE));
      report.append(String.format(Locale.ROOT, "%-34s %6s %12.1f %12.1f %9.0f %14.0f%n", view,
          cold ? "cold" : "warm", median(runs, 0) / 1024, median(runs, 1) / 1024, median(runs, 2),
          median(runs, 3)));
    }
  }

  private void awaitMark(String mark) {
    browser.waitFor(Duration.ofSeconds(30), mark, driver ->
        (Boolean) browser.script("return performance.getEntriesByName(arguments[0]).length > 0", mark));
  }

  private static double median(List<List<?>> runs, int column) {
    double[] values = runs.stream().mapToDouble(run -> ((Number) run.get(column)).doubleValue())
        .sorted().toArray();
    assertThat(values[0]).as("column " + column + " measured").isGreaterThanOrEqualTo(0);
    return values[values.length / 2];
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + service.port() + path;
  }
}
