package stockassistant.adapters.persistence.embedded;

import java.nio.file.Path;

/**
 * The embedded server would not start. The message says why, in its log's words when the log
 * has them (no space left, a port taken, a stale lock), and where that log is; one line.
 */
public final class EmbeddedStartFailure extends IllegalStateException {
  private final String reason;

  EmbeddedStartFailure(String reason, Path log, Throwable cause) {
    super("the embedded PostgreSQL did not start: " + reason + "; its log is " + log, cause);
    this.reason = reason;
  }

  /** The cause in a few words, without the log's path (safe for an HTTP answer). */
  public String reason() {
    return reason;
  }
}
