package stockassistant.bootstrap.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.secrets.DataKey;

/**
 * Where the key that encrypts LLM API keys at rest comes from: {@code STOCK_SECRET_KEY} (32
 * random bytes in base64) when set, else a key generated into {@code STOCK_DATA_DIR/secret-keys}
 * (0600). {@code STOCK_SECRET_KEY_PREVIOUS} (comma-separated) lists keys that only decrypt, for
 * the time between switching STOCK_SECRET_KEY and running {@code secrets rotate}.
 */
public record SecretKeySettings(Optional<DataKey> configured, List<DataKey> previous, Path keyFile) {
  public static final String KEY_FILE = "secret-keys";

  public SecretKeySettings {
    previous = List.copyOf(previous);
  }

  @Override
  public String toString() {
    return "SecretKeySettings[" + configured.map(key -> "STOCK_SECRET_KEY " + key.id())
        .orElse("key file " + keyFile) + ", previous " + previous + "]";
  }
}
