package stockassistant.bootstrap.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start sequence has started so far, closed in reverse order: on a normal stop, and when
 * a later step fails, so that a failed start (port in use, bad migration) leaves no embedded
 * postgres or pool behind.
 */
final class StartedParts implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StartedParts.class);
  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  <T extends AutoCloseable> T add(T part) {
    parts.push(part);
    return part;
  }

  @Override
  public void close() {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception failure) {
        log.warn("Could not stop {}: {}", part.getClass().getSimpleName(), failure.toString());
      }
    }
  }
}
