package stockassistant.bootstrap.doctor;

import java.util.List;
import stockassistant.adapters.web.WebSettings;

/**
 * How a Tushare Pro script reaches this service: its client posts to one URL, kept in the
 * name-mangled attribute {@code _DataApi__http_url}; pointing it here is the only change.
 */
public final class TushareExample {
  private TushareExample() {}

  /** The URL a Tushare client posts to, for the configured HTTP_HOST and HTTP_PORT. */
  public static String url(WebSettings web) {
    String host = web.host().contains(":") ? "[" + web.host() + "]" : web.host();
    return "http://" + host + ":" + web.port() + "/tushare";
  }

  /** Two lines of Python: point the client here, call daily. */
  public static List<String> python(WebSettings web) {
    String token = web.apiToken() == null ? "any-token" : "<STOCK_API_TOKEN>";
    return List.of(
        "pro = ts.pro_api(\"" + token + "\"); pro._DataApi__http_url = \"" + url(web) + "\"",
        "df = pro.daily(ts_code=\"000001.SZ\", start_date=\"20240101\", end_date=\"20241231\")");
  }
}
