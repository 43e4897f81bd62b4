package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only after a full disk. A server that died of a full disk comes back with
 * {@code default_transaction_read_only} on (its own setting, in {@code postgresql.auto.conf}):
 * reads are served, and writes are refused at once (SQLState 25006, a "disk full" answer) rather
 * than filling the space its recovery just got and PANICking again. Lifted by a reload, with no
 * restart, once the disk has room again ({@link #liftIfRoom}).
 */
final class WritesRefused {
  private static final String LINE = "default_transaction_read_only = 'on'";
  private static final Logger log = LoggerFactory.getLogger(WritesRefused.class);

  private final Path autoConf;
  private final Path root;

  WritesRefused(Path root, Path dataDir) {
    this.root = root;
    this.autoConf = dataDir.resolve("postgresql.auto.conf");
  }

  boolean isOn() {
    try {
      return Files.exists(autoConf) && Files.readString(autoConf).contains(LINE);
    } catch (IOException unreadable) {
      return false;
    }
  }

  /** While the server is stopped: the next start takes no writes. */
  void turnOn() {
    if (isOn()) {
      return;
    }
    try {
      Files.writeString(autoConf, LINE + System.lineSeparator(), StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      log.warn("The embedded PostgreSQL starts read-only: its disk was full. Writes resume by "
          + "themselves once {} MB are free on that disk", SpaceReserve.ROOM >> 20);
    } catch (IOException cannot) {
      log.warn("Could not make the embedded PostgreSQL read-only: {}", cannot.toString());
    }
  }

  /** Room again: writes are taken again (ALTER SYSTEM RESET and a reload on a running server). */
  boolean liftIfRoom(EmbeddedPostgresServer server, boolean running) {
    if (!isOn() || !SpaceReserve.roomFor(root, SpaceReserve.ROOM)) {
      return false;
    }
    try {
      if (running) {
        try (var connection = server.admin(); var statement = connection.createStatement()) {
          statement.execute("ALTER SYSTEM RESET default_transaction_read_only");
          statement.execute("SELECT pg_reload_conf()");
        }
      } else {
        Files.writeString(autoConf, Files.readString(autoConf).replace(LINE
            + System.lineSeparator(), "").replace(LINE, ""));
      }
      log.info("The embedded PostgreSQL takes writes again: its disk has room");
      return true;
    } catch (SQLException | IOException notYet) {
      log.debug("Could not lift read-only yet: {}", notYet.toString());
      return false;
    }
  }
}
