package stockassistant.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Keys;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * The stock panel in headless Chromium against the whole service. One stock, 600000.SH, with
 * weekday bars through the first half of 2024 and a 2:1 adjustment on 2024-04-01: raw closes
 * of 20 before it and 10 after, so qfq prices are 10 throughout. A code with bars but no stock,
 * and one with neither, are states to show, not errors: the console stays clean.
 */
class StockPanelBrowserIT {
  private static final String CODE = "600000.SH";
  /** Bars stored before the stock list: a normal state, not an error. */
  private static final String BARS_ONLY = "688021.SH";
  private static final String UNKNOWN = "688022.SH";
  private static final LocalDate FIRST = LocalDate.parse("2024-01-02");
  private static final LocalDate LAST = LocalDate.parse("2024-06-28");
  private static final LocalDate SPLIT = LocalDate.parse("2024-04-01");
  /** Reads the drawn candles ([open, close, low, high]) back from the chart. */
  private static final String CANDLES = "const chart = echarts.getInstanceByDom(document.getElementById('kline'));"
      + " return chart ? chart.getOption().series.find(s => s.type === 'candlestick').data : null;";

  private static Browser browser;
  private static Service service;
  private static final List<LocalDate> DAYS = new ArrayList<>();

  @BeforeAll
  static void start() {
    if (!Browser.installed()) {
      return;   // each test reports itself skipped
    }
    browser = Browser.start();
    service = Service.start(TestConfigs.onTestDatabase(Map.of()));
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        DAYS.add(day);
      }
    }
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

  @BeforeEach
  void storeOneStock() {
    Browser.assumeInstalled();
    TestDatabase.execute("DELETE FROM stock_daily WHERE third_code = '" + CODE + "'");
    TestDatabase.execute("DELETE FROM stock_info WHERE third_code = '" + CODE + "'");
    assertThat(HttpProbe.send(service.port(), "PUT", "/api/v1/stocks/" + CODE,
        "{\"symbol\":\"600000\",\"name\":\"浦发银行\",\"industry\":\"银行\",\"cnspell\":\"pfyh\"}")
        .statusCode()).isEqualTo(200);
    storeBars(CODE);
  }

  /** Weekday bars of the first half of 2024, the 2:1 adjustment on SPLIT included. */
  private static void storeBars(String code) {
    var bars = new StringBuilder("[");
    for (int i = 0; i < DAYS.size(); i++) {
      LocalDate day = DAYS.get(i);
      boolean adjusted = !day.isBefore(SPLIT);
      double close = adjusted ? 10 : 20;
      double open = close * (i % 2 == 0 ? 0.98 : 1.02);   // alternate rises and falls
      bars.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
          "{\"third_code\":\"%s\",\"trade_date\":\"%s\",\"open\":%.2f,\"high\":%.2f,\"low\":%.2f,"
              + "\"close\":%.2f,\"vol\":%d,\"adj_factor\":%.1f,\"pe\":%.1f,\"pb\":%.2f}",
          code, day, open, close * 1.03, close * 0.97, close, 1000 + i, adjusted ? 2.0 : 1.0,
          8 + i * 0.01, 0.5 + i * 0.001));
    }
    var stored = HttpProbe.send(service.port(), "POST", "/api/v1/quotes/daily", bars.append("]").toString());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
  }

  @AfterEach
  void screenshot(TestInfo test) {
    if (browser == null) {
      return;
    }
    browser.screenshot("stock-" + test.getTestMethod().orElseThrow().getName());
  }

  @Test
  void searchingACodeDrawsOneCandlePerBarInTheRange() {
    browser.open(url("/dashboard"));
    browser.find("#tab-stock").click();
    browser.find("#search").sendKeys("600000", Keys.ENTER);

    List<?> candles = awaitCandles(candles1 -> !candles1.isEmpty());
    LocalDate start = LocalDate.parse(browser.find("#start").getAttribute("value"));
    LocalDate end = LocalDate.parse(browser.find("#end").getAttribute("value"));
    assertThat(end).as("the range ends on the newest bar").isEqualTo(LAST);
    assertThat(candles).hasSize(barsBetween(start, end));
    assertThat(browser.text("#stock-name")).isEqualTo("浦发银行");
    assertThat(browser.script("return location.search").toString()).contains("code=" + CODE);

    setDate("#start", "2024-03-01");
    List<?> narrowed = awaitCandles(drawn -> drawn.size() != candles.size());
    assertThat(narrowed).hasSize(barsBetween(LocalDate.parse("2024-03-01"), LAST));
    assertThat(browser.script("return echarts.getInstanceByDom(document.getElementById('kline'))"
        + ".getOption().series[0].itemStyle.color")).as("a rise is red").isEqualTo("#e03131");
  }

  @Test
  void searchingANameOffersTheStockAndASharedLinkOpensOnIt() {
    browser.open(url("/dashboard"));
    browser.find("#tab-stock").click();
    browser.find("#search").sendKeys("浦发");
    browser.waitFor(Duration.ofSeconds(10), "a suggestion for 浦发",
        driver -> browser.find("#suggestions").isDisplayed() && browser.text("#suggestions").contains(CODE));
    browser.find("#suggestions button").click();
    awaitCandles(drawn -> !drawn.isEmpty());

    browser.open(url("/dashboard?code=" + CODE + "&start=2024-06-03&end=2024-06-28"));
    assertThat(awaitCandles(drawn -> !drawn.isEmpty())).hasSize(barsBetween(
        LocalDate.parse("2024-06-03"), LAST));
    assertThat(browser.find("#stock").isDisplayed()).isTrue();
  }

  @Test
  void switchingQfqChangesTheDrawnPrices() {
    browser.open(url("/dashboard?code=" + CODE + "&start=" + FIRST + "&end=" + LAST));
    List<?> raw = awaitCandles(drawn -> !drawn.isEmpty());
    assertThat(close(raw.get(0))).isEqualTo(20.0);

    browser.find("#adj button[data-value='qfq']").click();

    List<?> qfq = awaitCandles(drawn -> !drawn.isEmpty() && close(drawn.get(0)) != 20.0);
    assertThat(close(qfq.get(0))).as("20 x 1.0 / 2.0: the last bar's factor").isEqualTo(10.0);
    assertThat(close(qfq.get(qfq.size() - 1))).isEqualTo(10.0);
    assertThat(qfq).hasSize(raw.size());
    assertThat(browser.script("return location.search").toString()).contains("adj=qfq");
  }

  @Test
  void aCodeWithBarsButNoStockIsDrawnWithItsNameUnknownAndNoConsoleError() {
    forget(BARS_ONLY);
    storeBars(BARS_ONLY);
    browser.consoleErrors();

    browser.open(url("/dashboard?code=" + BARS_ONLY));

    assertThat(awaitCandles(drawn -> !drawn.isEmpty())).hasSize(DAYS.size());
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    assertThat(browser.text("#stock-name")).isEqualTo("名称未知 name unknown");
    assertThat(browser.text("#stock-code")).isEqualTo(BARS_ONLY);
    assertThat(browser.text("#stock-note")).isEmpty();
    forget(BARS_ONLY);
  }

  @Test
  void aCodeWithNeitherStockNorBarsSaysSoInThePageWithoutAConsoleError() {
    forget(UNKNOWN);
    browser.consoleErrors();

    browser.open(url("/dashboard?code=" + UNKNOWN));

    assertThat(awaitCandles(drawn -> true)).isEmpty();
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    assertThat(browser.text("#stock-note"))
        .isEqualTo("未找到 no stock and no bars are stored for " + UNKNOWN);
    assertThat(browser.find("#stock-note").getAttribute("class")).contains("error");
    assertThat(browser.text("#stock-name")).isEqualTo("名称未知 name unknown");
  }

  private static void forget(String code) {
    TestDatabase.execute("DELETE FROM stock_daily WHERE third_code = '" + code + "'");
    TestDatabase.execute("DELETE FROM stock_info WHERE third_code = '" + code + "'");
  }

  private List<?> awaitCandles(java.util.function.Predicate<List<?>> drawn) {
    return browser.waitFor(Duration.ofSeconds(15), "candles drawn", driver -> {
      if (!"false".equals(browser.find("#kline").getAttribute("aria-busy"))) {
        return null;
      }
      Object candles = browser.script(CANDLES);
      return candles instanceof List<?> list && drawn.test(list) ? list : null;
    });
  }

  private static double close(Object candle) {
    return ((Number) ((List<?>) candle).get(1)).doubleValue();
  }

  private void setDate(String css, String value) {
    browser.script("const input = document.querySelector(arguments[0]); input.value = arguments[1];"
        + " input.dispatchEvent(new Event('change'));", css, value);
  }

  private static int barsBetween(LocalDate start, LocalDate end) {
    return (int) DAYS.stream().filter(day -> !day.isBefore(start) && !day.isAfter(end)).count();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + service.port() + path;
  }
}
