package stockassistant.bootstrap.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Typed reads of the merged settings; a malformed value names its key and stops the start. */
public final class Settings {
  private final Map<String, String> values;

  public Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public Optional<String> text(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String text(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  public int integer(String key, int fallback) {
    return text(key).map(value -> parseInt(key, value)).orElse(fallback);
  }

  public Optional<Integer> integer(String key) {
    return text(key).map(value -> parseInt(key, value));
  }

  public Duration millis(String key, Duration fallback) {
    return text(key).map(value -> {
      long ms = parseLong(key, value);
      if (ms < 0) {
        throw new IllegalArgumentException(key + " must not be negative (was " + value + ")");
      }
      return Duration.ofMillis(ms);
    }).orElse(fallback);
  }

  public boolean flag(String key, boolean fallback) {
    return text(key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false (was " + value + ")");
    }).orElse(fallback);
  }

  public float decimal(String key, float fallback) {
    return text(key).map(value -> {
      try {
        return Float.parseFloat(value);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(key + " must be a number (was " + value + ")");
      }
    }).orElse(fallback);
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(key + " must be a whole number (was " + value + ")");
    }
  }

  private static long parseLong(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(key + " must be a whole number (was " + value + ")");
    }
  }
}
