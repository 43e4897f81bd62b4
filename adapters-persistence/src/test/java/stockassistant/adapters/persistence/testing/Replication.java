package stockassistant.adapters.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * Streaming replication between embedded servers (the product's own PostgreSQL 17 binaries): a
 * standby is a copy of the stopped primary's data directory with {@code standby.signal} and a
 * {@code primary_conninfo}; no pg_basebackup needed. With {@code synchronous}, the primary names
 * it in {@code synchronous_standby_names}, so a commit is acknowledged only once the standby has
 * the WAL on disk: a standby promoted after the primary dies has every acknowledged write.
 */
public final class Replication {
  private Replication() {}

  /** The primary (started again) and its standby (streaming). */
  public record Pair(EmbeddedPostgresServer primary, EmbeddedPostgresServer standby) {}

  /**
   * Stops {@code primary}, copies it into {@code target/<standbyName>}, starts both and waits
   * until the standby streams (and, when {@code synchronous}, is the synchronous one).
   */
  public static Pair standbyOf(EmbeddedPostgresServer primary, String standbyName,
      boolean synchronous) {
    Path primaryRoot = primary.root();
    Path standbyRoot = primaryRoot.resolveSibling(standbyName);
    try {
      primary.close();
      stopLeftover(standbyRoot);
      deleteTree(standbyRoot);
      copyServer(primaryRoot, standbyRoot);

      var settings = new LinkedHashMap<String, String>(Map.of("fsync", "off",
          // keeps the WAL a standby stopped for a while still needs to catch up
          "wal_keep_size", "256MB"));
      if (synchronous) {
        settings.put("synchronous_standby_names", standbyName);
      }
      EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(primaryRoot, settings);
      Runtime.getRuntime().addShutdownHook(new Thread(restarted::close, "stop-" + primaryRoot.getFileName()));

      Path data = standbyRoot.resolve("pgdata");
      Files.writeString(data.resolve("standby.signal"), "");
      Files.writeString(data.resolve("postgresql.auto.conf"), "primary_conninfo = '"
          + conninfo(TestDatabase.target(restarted), restarted.port(), standbyName) + "'\n",
          java.nio.file.StandardOpenOption.APPEND);
      EmbeddedPostgresServer standby = TestDatabase.restart(standbyRoot);
      Runtime.getRuntime().addShutdownHook(new Thread(standby::close, "stop-" + standbyName));

      Await.until(standbyName + " streams from the primary", Duration.ofSeconds(60),
          () -> streaming(restarted, standbyName, synchronous));
      return new Pair(restarted, standby);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot make a standby " + standbyName, failure);
    }
  }

  /** Ends recovery on a standby, which then takes writes (waiting up to 60 s until it does). */
  public static void promote(EmbeddedPostgresServer standby) {
    execute(standby, "SELECT pg_promote(true, 60)");
  }

  /** Runs one statement on {@code server} directly (e.g. pause or resume WAL replay). */
  public static void execute(EmbeddedPostgresServer server, String sql) {
    try (Connection connection = TestDatabase.connect(server);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static boolean streaming(EmbeddedPostgresServer primary, String name, boolean sync) {
    try (Connection connection = TestDatabase.connect(primary);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT state, sync_state FROM pg_stat_replication "
            + "WHERE application_name = '" + name + "'")) {
      return rows.next() && rows.getString(1).equals("streaming")
          && (!sync || rows.getString(2).equals("sync"));
    } catch (SQLException notYet) {
      return false;
    }
  }

  private static String conninfo(DatabaseTarget target, int port, String applicationName) {
    var conninfo = new StringBuilder("host=127.0.0.1 port=").append(port)
        .append(" user=").append(target.username())
        .append(" application_name=").append(applicationName);
    if (target.password() != null && !target.password().isEmpty()) {
      conninfo.append(" password='")
          .append(target.password().replace("\\", "\\\\").replace("'", "\\'")).append('\'');
    }
    // the value sits inside a quoted postgresql.conf string
    return conninfo.toString().replace("'", "''");
  }

  /** A standby of an earlier run that a killed JVM left running on the folder about to be replaced. */
  private static void stopLeftover(Path root) {
    if (Files.exists(root.resolve("pgdata/postmaster.pid"))) {
      EmbeddedPostgresServer.start(root, Map.of()).close();
    }
  }

  /**
   * The data directory copied (permissions kept), the binaries hard-linked (nothing to extract
   * again), and the other files of the server's folder (a password file) copied; not its port.
   */
  private static void copyServer(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    run("cp", "-a", from.resolve("pgdata").toString(), to.resolve("pgdata").toString());
    run("cp", "-al", from.resolve("binaries").toString(), to.resolve("binaries").toString());
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (!name.equals("port") && !name.endsWith(".log")) {
          run("cp", "-a", file.toString(), to.resolve(name).toString());
        }
      }
    }
    Files.deleteIfExists(to.resolve("pgdata/postmaster.pid"));
    Files.deleteIfExists(to.resolve("pgdata/postmaster.opts"));
  }

  private static void deleteTree(Path root) {
    if (Files.exists(root)) {
      run("rm", "-rf", root.toString());
    }
  }

  private static void run(String... command) {
    try {
      Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
