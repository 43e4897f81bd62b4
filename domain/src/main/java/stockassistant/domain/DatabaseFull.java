package stockassistant.domain;

/**
 * The database has no disk space left for the write. Permanent until someone frees space or
 * grows the disk: retrying only fills the logs, so callers are told at once, never asked to
 * retry later. What was committed before stays committed.
 */
public class DatabaseFull extends RuntimeException {
  public DatabaseFull(String message) {
    super(message, null, false, false);
  }
}
