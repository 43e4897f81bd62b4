package stockassistant.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where and how the API listens. A host other than loopback without a token would put open
 * writes on the network, so it is refused here, at start.
 *
 * <p>{@code readsNeedToken} (HTTP_READS_NEED_TOKEN) asks for the token on every request but the
 * health probes: reads, the docs, the metrics and any page served later. Null means the
 * default: on when the host is not loopback, off on loopback.
 */
public record WebSettings(String host, int port, String apiToken, int maxBodyMb,
    Boolean readsNeedToken) {

  public WebSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("HTTP_HOST must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("HTTP_PORT must be between 0 and 65535 (was " + port + ")");
    }
    if (maxBodyMb < 1) {
      throw new IllegalArgumentException("HTTP_MAX_BODY_MB must be at least 1 (was " + maxBodyMb + ")");
    }
    apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
    if (apiToken == null && !isLoopback(host)) {
      throw new IllegalArgumentException("HTTP_HOST " + host + " is not a loopback address: "
          + "set STOCK_API_TOKEN so that writes need a bearer token, or listen on 127.0.0.1");
    }
    readsNeedToken = readsNeedToken == null ? !isLoopback(host) : readsNeedToken;
    if (readsNeedToken && apiToken == null) {
      throw new IllegalArgumentException("HTTP_READS_NEED_TOKEN is true but STOCK_API_TOKEN is "
          + "not set: set the token readers must send");
    }
  }

  /** The default read protection for the host (see the class comment). */
  public WebSettings(String host, int port, String apiToken, int maxBodyMb) {
    this(host, port, apiToken, maxBodyMb, null);
  }

  public long maxBodyBytes() {
    return maxBodyMb * 1024L * 1024L;
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException unknown) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "WebSettings[" + host + ":" + port + ", token " + (apiToken == null ? "unset" : "set")
        + (readsNeedToken ? " on reads too" : "") + ", max body " + maxBodyMb + " MB]";
  }
}
