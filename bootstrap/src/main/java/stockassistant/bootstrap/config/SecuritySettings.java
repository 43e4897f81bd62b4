package stockassistant.bootstrap.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import stockassistant.adapters.persistence.secrets.DataKey;
import stockassistant.bootstrap.observability.JmxSettings;
import stockassistant.bootstrap.security.SecretKeySettings;

/** The settings of docs/SECURITY.md not already in WebSettings: remote JMX and the data key. */
public record SecuritySettings(JmxSettings jmx, SecretKeySettings keys) {

  static SecuritySettings from(Settings settings, Path dataDirectory) {
    return new SecuritySettings(jmx(settings, dataDirectory), keys(settings, dataDirectory));
  }

  private static JmxSettings jmx(Settings settings, Path dataDirectory) {
    String access = settings.text("JMX_ACCESS", "readonly").toLowerCase(Locale.ROOT);
    if (!access.equals("readonly") && !access.equals("readwrite")) {
      throw new IllegalArgumentException(
          "JMX_ACCESS must be readonly or readwrite (was " + access + ")");
    }
    return new JmxSettings(settings.text("JMX_USER", "monitor"), settings.text("JMX_PASSWORD"),
        access.equals("readwrite"), settings.flag("JMX_AUTHENTICATE", true),
        dataDirectory.resolve(JmxSettings.PASSWORD_FILE));
  }

  private static SecretKeySettings keys(Settings settings, Path dataDirectory) {
    List<DataKey> previous = settings.text("STOCK_SECRET_KEY_PREVIOUS")
        .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .map(text -> DataKey.fromBase64(text, "STOCK_SECRET_KEY_PREVIOUS")).toList())
        .orElse(List.of());
    return new SecretKeySettings(
        settings.text("STOCK_SECRET_KEY").map(text -> DataKey.fromBase64(text, "STOCK_SECRET_KEY")),
        previous, dataDirectory.resolve(SecretKeySettings.KEY_FILE));
  }
}
