package stockassistant.bootstrap.database;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.embedded.ServerLog;
import stockassistant.adapters.persistence.resilience.SqlFailures;
import stockassistant.domain.DatabaseFull;

/**
 * Tells a one-shot command (import, sync) that its failure was a full disk, and says which disk
 * for a person at a terminal: the filesystem and the data directory when the server is the
 * embedded one. A failure counts as a full disk when the database said so ({@link DatabaseFull}),
 * or when the embedded server's log says so since {@link #watch} (a PANIC on a WAL write reaches
 * the client as a lost connection, not as 53100).
 */
public final class DiskFull {
  private final Optional<EmbeddedPostgresServer> embedded;
  private final long logFrom;

  private DiskFull(Optional<EmbeddedPostgresServer> embedded, long logFrom) {
    this.embedded = embedded;
    this.logFrom = logFrom;
  }

  /** Starts listening: only what the log says from now on counts. */
  public static DiskFull watch(DatabaseRuntime database) {
    Optional<EmbeddedPostgresServer> embedded = database.embedded();
    return new DiskFull(embedded, embedded.map(server -> server.serverLog().end()).orElse(0L));
  }

  /** The sentence naming the disk, when {@code failure} was a full disk; else empty. */
  public Optional<String> explain(Throwable failure) {
    boolean full = false;
    for (Throwable cause = failure; cause != null && !full; cause = cause.getCause()) {
      full = cause instanceof DatabaseFull;
    }
    String logSays = embedded.map(server -> server.serverLog().reason(logFrom)).orElse(null);
    boolean logSaysFull = logSays != null && logSays.toLowerCase(Locale.ROOT)
        .contains(SqlFailures.NO_SPACE.toLowerCase(Locale.ROOT));
    if (!full && !logSaysFull) {
      return Optional.empty();
    }
    if (embedded.isEmpty()) {
      return Optional.of("the database server is out of disk space (on the server's own disk; "
          + "ask its operator to free space)");
    }
    Path dataDir = embedded.get().dataDirectory();
    ServerLog log = embedded.get().serverLog();
    return Optional.of("the embedded database is out of disk space: the disk " + disk(dataDir)
        + " holding its data directory " + dataDir + " (PostgreSQL's log: " + log.file() + ")");
  }

  /** "/mnt/small (tmpfs), 0 MB free of 300 MB" */
  static String disk(Path dir) {
    try {
      FileStore store = Files.getFileStore(dir);
      return store + ", " + mb(store.getUsableSpace()) + " free of " + mb(store.getTotalSpace());
    } catch (IOException unreadable) {
      return "(unreadable: " + unreadable.getMessage() + ")";
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
