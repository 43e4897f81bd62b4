package stockassistant.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import stockassistant.adapters.web.tushare.client.TushareSettings;

/**
 * The Tushare sync's settings: the upstream (TUSHARE_URL, TUSHARE_TOKEN, TUSHARE_CALLS_PER_MINUTE,
 * TUSHARE_TIMEOUT_MS, TUSHARE_RETRY_ATTEMPTS, TUSHARE_RETRY_BACKOFF_MS, TUSHARE_PAGE_ROWS) and
 * the daily run inside serve (STOCK_SYNC_AT, HH:MM in Asia/Shanghai). {@link #toString} never
 * shows the token.
 */
public record SyncSettings(Optional<String> token, URI url, int callsPerMinute, Duration timeout,
    int attempts, Duration backoff, int pageRows, Optional<LocalTime> syncAt) {

  public static SyncSettings from(Settings settings) {
    URI url;
    String given = settings.text("TUSHARE_URL", TushareSettings.DEFAULT_URL.toString());
    try {
      url = URI.create(given);
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException("TUSHARE_URL must be a URL (was " + given + ")");
    }
    if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
      throw new IllegalArgumentException("TUSHARE_URL must be an http or https URL (was " + given + ")");
    }
    int perMinute = settings.integer("TUSHARE_CALLS_PER_MINUTE",
        TushareSettings.DEFAULT_CALLS_PER_MINUTE);
    if (perMinute < 1) {
      throw new IllegalArgumentException("TUSHARE_CALLS_PER_MINUTE must be at least 1 (was "
          + perMinute + ")");
    }
    Duration timeout = settings.millis("TUSHARE_TIMEOUT_MS", TushareSettings.DEFAULT_CALL_TIMEOUT);
    if (timeout.toMillis() < 100) {
      throw new IllegalArgumentException("TUSHARE_TIMEOUT_MS must be at least 100");
    }
    int attempts = settings.integer("TUSHARE_RETRY_ATTEMPTS", TushareSettings.DEFAULT_ATTEMPTS);
    int pageRows = settings.integer("TUSHARE_PAGE_ROWS", TushareSettings.DEFAULT_PAGE_ROWS);
    if (attempts < 1 || pageRows < 1) {
      throw new IllegalArgumentException("TUSHARE_RETRY_ATTEMPTS and TUSHARE_PAGE_ROWS must be at least 1");
    }
    Optional<LocalTime> at = settings.text("STOCK_SYNC_AT").map(text -> {
      try {
        return LocalTime.parse(text);
      } catch (DateTimeParseException bad) {
        throw new IllegalArgumentException("STOCK_SYNC_AT must be HH:MM (Asia/Shanghai), was " + text);
      }
    });
    Optional<String> token = settings.text("TUSHARE_TOKEN");
    if (at.isPresent() && token.isEmpty()) {
      throw new IllegalArgumentException("STOCK_SYNC_AT needs TUSHARE_TOKEN: the daily sync "
          + "calls Tushare Pro with it");
    }
    return new SyncSettings(token, url, perMinute, timeout, attempts,
        settings.millis("TUSHARE_RETRY_BACKOFF_MS", TushareSettings.DEFAULT_FIRST_BACKOFF),
        pageRows, at);
  }

  /** The client's settings; the caller has checked that the token is set. */
  public TushareSettings client() {
    return new TushareSettings(url, token.orElse(""), callsPerMinute, timeout, attempts, backoff,
        pageRows);
  }

  @Override
  public String toString() {
    return "SyncSettings[token=" + (token.isPresent() ? "****" : "unset") + ", url=" + url
        + ", callsPerMinute=" + callsPerMinute + ", timeout=" + timeout + ", syncAt="
        + syncAt.map(LocalTime::toString).orElse("unset") + "]";
  }
}
