package stockassistant.bootstrap.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser. Tests that need it are skipped,
 * not failed, where Chromium is not installed ({@link #assumeInstalled} in each test, so the
 * report counts them as skipped); .ci/run installs it, so CI always runs them. Override the
 * paths with CHROMIUM_BIN and CHROMEDRIVER_BIN.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static void assumeInstalled() {
    assumeTrue(installed(), "Chromium is not installed (apt-get install chromium "
        + "chromium-driver): browser test skipped");
  }

  /** A fresh browser with an empty profile. */
  static Browser start() {
    try {
      Path profile = Files.createTempDirectory("dashboard-chromium");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      // as root in a closed network: no sandbox, no background calls to Google's hosts
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
          "--window-size=1400,1000", "--lang=en-US");
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  <T> T waitFor(Duration timeout, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout).withMessage(what).until(condition);
  }

  /** Empties the HTTP cache through the DevTools protocol: the next load is a first visit. */
  void clearCache() {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  /** Console errors (including failed loads) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
