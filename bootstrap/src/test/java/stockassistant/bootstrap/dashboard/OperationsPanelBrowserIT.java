package stockassistant.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.config.Settings;
import stockassistant.adapters.persistence.testing.Crash;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.bootstrap.TestConfigs;
import stockassistant.bootstrap.runtime.Service;
import stockassistant.bootstrap.support.HttpProbe;

/**
 * The operations panel in headless Chromium against the whole service, on a database of its
 * own that the test stops and starts again.
 */
class OperationsPanelBrowserIT {
  private static final String GREEN = "rgb(47, 158, 68)";
  private static final String RED = "rgb(224, 49, 49)";

  private static Browser browser;
  private static EmbeddedPostgresServer database;
  private static Service service;

  @BeforeAll
  static void start() {
    if (!Browser.installed()) {
      return;   // each test reports itself skipped
    }
    browser = Browser.start();
    database = TestDatabase.dedicatedServer("dashboard-postgres");
    var settings = new HashMap<String, String>();
    settings.put("DATABASE_URL", database.jdbcUrl());
    settings.put("POSTGRES_USER", "postgres");
    settings.put("POSTGRES_PASSWORD", database.password());
    settings.put("HTTP_PORT", "0");
    settings.put("STOCK_DATA_DIR", TestConfigs.dataDirectory().toString());
    // nothing else: the page must follow an outage with the shipped defaults
    service = Service.start(AppConfig.from(new Settings(settings)));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void needsChromium() {
    Browser.assumeInstalled();
  }

  @AfterEach
  void screenshot(TestInfo test) {
    if (browser == null) {
      return;
    }
    browser.screenshot("ops-" + test.getTestMethod().orElseThrow().getName());
  }

  @Test
  void pageLoadsWithNoConsoleError() {
    browser.open(url("/dashboard"));
    awaitDatabase("UP");
    browser.waitFor(Duration.ofSeconds(10), "pool chart drawn",
        driver -> browser.script("return !!document.querySelector('#pool-chart canvas')"));
    browser.find("#tab-stock").click();
    browser.find("#tab-ops").click();

    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.text("#migration-version")).matches("V\\d+");
    assertThat(browser.text("#breaker-state")).contains("CLOSED");
  }

  @Test
  void poolFiguresChangeAfterTraffic() {
    browser.open(url("/dashboard"));
    awaitDatabase("UP");
    long before = borrowed();

    for (int i = 0; i < 40; i++) {
      assertThat(HttpProbe.get(service.port(), "/api/v1/quotes/latest-trade-date").statusCode()).isEqualTo(200);
    }

    long after = browser.waitFor(Duration.ofSeconds(10), "borrowed connections to grow past " + before,
        driver -> borrowed() >= before + 40 ? borrowed() : null);
    assertThat(after).isGreaterThanOrEqualTo(before + 40);
    browser.waitFor(Duration.ofSeconds(10), "the route table to list the traffic",
        driver -> browser.text("#routes").contains("/api/v1/quotes/latest-trade-date"));
    Number peak = browser.waitFor(Duration.ofSeconds(10), "requests per second drawn above zero", driver ->
        (Number) browser.script("const option = echarts.getInstanceByDom(document.getElementById('traffic-chart'))"
            + ".getOption(); const peak = Math.max(...option.series[0].data.map(p => p[1]));"
            + " return peak > 0 ? peak : null;"));
    assertThat(peak.doubleValue()).isPositive();
  }

  @Test
  void stoppingTheDatabaseTurnsTheStatusRedAndStartingItGreenAgain() {
    browser.open(url("/dashboard"));
    awaitDatabase("UP");
    assertThat(background("#db-status")).isEqualTo(GREEN);

    Crash.killImmediately(database);
    try {
      awaitDatabase("DOWN");
      assertThat(background("#db-status")).isEqualTo(RED);
      assertThat(background("#db-pill")).isEqualTo(RED);
      // clients keep calling during an outage: with the default breaker (10 calls, 50 %) that
      // is what opens it
      browser.waitFor(Duration.ofSeconds(30), "the breaker opened", driver -> {
        HttpProbe.get(service.port(), "/api/v1/quotes/latest-trade-date");
        return "OPEN".equals(browser.find("#breaker-state").getAttribute("data-state"));
      });
      browser.screenshot("ops-database-down");
    } finally {
      database = TestDatabase.restart(database.root());
    }

    awaitDatabase("UP");
    assertThat(background("#db-status")).isEqualTo(GREEN);
    browser.waitFor(Duration.ofSeconds(15), "the breaker closed again", driver ->
        browser.find("#breaker-state").getAttribute("data-state").equals("CLOSED"));
    assertThat(browser.text("#breaker-history")).as("kept by the server, seen by the page")
        .contains("OPEN").contains("CLOSED");
  }

  @Test
  void aTokenTypedInIsKeptForTheTabAndSentWithEveryRequest() {
    browser.open(url("/dashboard"));
    awaitDatabase("UP");
    browser.script("window.sentTokens = []; const send = window.fetch;"
        + " window.fetch = (url, init) => { window.sentTokens.push(init.headers.Authorization || '');"
        + " return send(url, init); };");

    browser.find("#token").sendKeys("s3cret");
    browser.find("#token-form button").click();

    browser.waitFor(Duration.ofSeconds(10), "a request with the bearer token", driver ->
        (Boolean) browser.script("return window.sentTokens.includes('Bearer s3cret')"));
    assertThat(browser.script("return sessionStorage.getItem('stock-assistant.token')")).isEqualTo("s3cret");
    browser.open(url("/dashboard"));
    assertThat(browser.find("#token").getAttribute("value")).as("kept for the tab").isEqualTo("s3cret");

    browser.find("#token").clear();
    browser.find("#token-form button").click();
    assertThat(browser.script("return sessionStorage.getItem('stock-assistant.token')")).isNull();
  }

  private void awaitDatabase(String state) {
    browser.waitFor(Duration.ofSeconds(30), "database status " + state,
        driver -> state.equals(browser.find("#db-status").getAttribute("data-state")));
  }

  private long borrowed() {
    String text = browser.text("#pool-borrowed").replace(",", "");
    return text.matches("\\d+") ? Long.parseLong(text) : -1;
  }

  private String background(String css) {
    return browser.find(css).getCssValue("background-color").replace("rgba", "rgb").replace(", 1)", ")");
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + service.port() + path;
  }
}
