package stockassistant.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where and how the API listens. A host other than loopback without a token would put open
 * writes on the network, so it is refused here, at start.
 */
public record WebSettings(String host, int port, String apiToken, int maxBodyMb) {

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
  }

  public long maxBodyBytes() {
    return maxBodyMb * 1024L * 1024L;
  }

  public boolean writesNeedToken() {
    return apiToken != null;
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
        + ", max body " + maxBodyMb + " MB]";
  }
}
