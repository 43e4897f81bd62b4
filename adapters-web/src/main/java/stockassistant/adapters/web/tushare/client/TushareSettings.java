package stockassistant.adapters.web.tushare.client;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the upstream: the URL the official client posts to, the token (never printed:
 * {@link #toString} masks it), the pace per api_name, the budget of one call (connect, send and
 * the whole answer), the attempts a failing call gets and the first backoff between them, and the
 * rows asked for per page.
 */
public record TushareSettings(URI url, String token, int callsPerMinute, Duration callTimeout,
    int attempts, Duration firstBackoff, int pageRows) {
  public static final URI DEFAULT_URL = URI.create("http://api.tushare.pro");
  public static final int DEFAULT_CALLS_PER_MINUTE = 200;
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_ATTEMPTS = 5;
  public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(1);
  /**
   * daily's cap (6,000 rows a call), above a full-market day (~5,400): one call a day when the
   * account allows it; an upstream that caps lower says has_more, and the next page follows.
   */
  public static final int DEFAULT_PAGE_ROWS = 6_000;

  public TushareSettings {
    if (callsPerMinute < 1) {
      throw new IllegalArgumentException("TUSHARE_CALLS_PER_MINUTE must be at least 1");
    }
    if (attempts < 1 || pageRows < 1) {
      throw new IllegalArgumentException("attempts and page rows must be at least 1");
    }
  }

  /** The shipped defaults with a URL and token. */
  public static TushareSettings of(URI url, String token) {
    return new TushareSettings(url, token, DEFAULT_CALLS_PER_MINUTE, DEFAULT_CALL_TIMEOUT,
        DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF, DEFAULT_PAGE_ROWS);
  }

  public TushareSettings withPace(int perMinute) {
    return new TushareSettings(url, token, perMinute, callTimeout, attempts, firstBackoff, pageRows);
  }

  public TushareSettings withTimeouts(Duration timeout, int tries, Duration backoff) {
    return new TushareSettings(url, token, callsPerMinute, timeout, tries, backoff, pageRows);
  }

  @Override
  public String toString() {
    return "TushareSettings[url=" + url + ", token=" + (token == null ? "unset" : "****")
        + ", callsPerMinute=" + callsPerMinute + ", callTimeout=" + callTimeout + ", attempts="
        + attempts + ", firstBackoff=" + firstBackoff + ", pageRows=" + pageRows + "]";
  }
}
