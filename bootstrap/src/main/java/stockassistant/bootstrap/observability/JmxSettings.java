package stockassistant.bootstrap.observability;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may use the remote JMX connector (JMX_PORT). Authentication is on unless
 * {@code JMX_AUTHENTICATE=false} says otherwise: user {@code JMX_USER} (default {@code monitor}),
 * password {@code JMX_PASSWORD}, or one generated into {@code STOCK_DATA_DIR/jmx.password}
 * (0600). {@code JMX_ACCESS} is {@code readonly} (attributes only; no operation, no attribute
 * write) unless set to {@code readwrite}.
 */
public record JmxSettings(String user, Optional<String> password, boolean readWrite,
    boolean authenticate, Path generatedPasswordFile) {
  public static final String PASSWORD_FILE = "jmx.password";

  @Override
  public String toString() {
    return "JmxSettings[user " + user + ", password " + (password.isPresent() ? "set" : "generated")
        + ", " + (readWrite ? "readwrite" : "readonly") + ", authenticate " + authenticate + "]";
  }
}
