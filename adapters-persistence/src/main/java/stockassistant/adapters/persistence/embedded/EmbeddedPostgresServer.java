package stockassistant.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.secrets.OwnerOnlyFiles;

/**
 * A real PostgreSQL server run from the binaries zonky ships on Maven Central, with a data
 * directory that survives restarts. Used when no database is configured, and by the tests.
 *
 * <p>We drive initdb and pg_ctl ourselves instead of zonky's {@code EmbeddedPostgres} because we
 * need what it lacks: a persistent data directory that adopts a server left running by a killed
 * process, the same port from one start to the next, and running as root —
 * PostgreSQL refuses uid 0, so as root every server process runs in a user namespace where it is
 * "nobody" while its files stay owned by the real user.
 *
 * <p>Nothing on the machine gets in without a password: the superuser's password is random,
 * generated at initdb into {@code superuser.password} (0600) under the 0700 root directory, and
 * every pg_hba.conf line asks for it (scram-sha-256). A data directory from before this rule
 * (trust authentication) is upgraded in place, data kept, the next time it starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  public static final String DATABASE = "stock_assistant";
  public static final String SUPERUSER = "postgres";
  public static final String PASSWORD_FILE = "superuser.password";

  private final Path root;
  private final Path binaries;
  private final Path dataDir;
  private final Map<String, String> settings;
  private final int port;
  private final String password;
  private final boolean adopted;

  private EmbeddedPostgresServer(Path root, Path binaries, int port, Map<String, String> settings,
      String password, boolean adopted) {
    this.root = root;
    this.binaries = binaries;
    this.dataDir = root.resolve("pgdata");
    this.settings = settings;
    this.port = port;
    this.password = password;
    this.adopted = adopted;
  }

  /** Starts (or adopts an already running) server whose files live under {@code root}. */
  public static EmbeddedPostgresServer start(Path root, Map<String, String> settings) {
    try {
      OwnerOnlyFiles.secureDirectory(root, "the embedded PostgreSQL directory");
      return start(root, PostgresBinaries.extractOnce(root.resolve("binaries")), settings);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL under " + root, e);
    }
  }

  /**
   * As {@link #start(Path, Map)}, from a PostgreSQL installed on the machine instead of zonky's
   * ({@code binaries}/bin/initdb, pg_ctl, postgres): how the tests run Debian's PostgreSQL 15 with
   * the Citus extension, which needs the server's headers the embedded bundle does not have.
   */
  public static EmbeddedPostgresServer start(Path root, Path binaries,
      Map<String, String> settings) {
    try {
      OwnerOnlyFiles.secureDirectory(root, "the embedded PostgreSQL directory");
      var dataDir = root.resolve("pgdata");
      Path passwordFile = root.resolve(PASSWORD_FILE);
      Integer running = RunningServer.portOf(dataDir, binaries);
      boolean initialised = Files.exists(dataDir.resolve("PG_VERSION"));
      boolean upgrade = initialised && needsUpgrade(dataDir, passwordFile);
      if (upgrade && running != null) {
        stop(binaries, dataDir, "fast");
        running = null;
      }
      String password = OwnerOnlyFiles.readOrCreateSecret(passwordFile);
      if (!initialised) {
        initdb(binaries, dataDir, passwordFile);
      } else if (upgrade) {
        upgradeToPasswords(binaries, dataDir, password);
      }
      var server = new EmbeddedPostgresServer(root, binaries,
          running != null ? running : portFor(root), new LinkedHashMap<>(settings), password,
          running != null);
      if (running == null) {
        server.writesRefused().liftIfRoom(server, false);
      }
      server.spaceReserve().keep();
      if (running != null) {
        log.info("Adopting the embedded PostgreSQL already running on port {}", running);
      } else {
        server.startServerUsingTheReserve();
      }
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException e) {
      // the JDK's message names the file and the errno text ("No space left on device")
      throw new UncheckedIOException("could not start the embedded PostgreSQL under " + root
          + ": " + e, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  /** The superuser on the maintenance database {@code postgres}; no timeout cuts CREATE DATABASE. */
  Connection admin() throws SQLException {
    return DriverProperties.connect(new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port
        + "/postgres", SUPERUSER, password), PoolSettings.defaults(),
        Direct.of("embedded").longWork());
  }

  /** The superuser's password, as kept in {@link #passwordFile()}. */
  public String password() {
    return password;
  }

  public Path passwordFile() {
    return root.resolve(PASSWORD_FILE);
  }

  public Path dataDirectory() {
    return dataDir;
  }

  /** The folder given to {@link #start}: binaries, data, log. */
  public Path root() {
    return root;
  }

  public boolean isRunning() {
    return RunningServer.portOf(dataDir, binaries) != null;
  }

  @Override
  public void close() {
    if (!isRunning()) {
      return;
    }
    int others = adopted ? otherClients() : 0;
    if (others > 0) {
      // a one-shot command (doctor, secrets rotate) beside a running serve: not ours to stop
      log.info("Leaving the embedded PostgreSQL running: {} other client(s) still use it", others);
      return;
    }
    stop(binaries, dataDir, "fast");
    log.info("Embedded PostgreSQL stopped");
  }

  /** Client sessions other than ours, on a server we adopted; 0 when it cannot be asked. */
  private int otherClients() {
    try (var connection = admin();
        var rows = connection.createStatement().executeQuery("SELECT count(*) FROM "
            + "pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException unanswered) {
      return 0;
    }
  }

  private static void initdb(Path binaries, Path dataDir, Path passwordFile) {
    log.info("Initialising the embedded PostgreSQL data directory {} (superuser password in {})",
        dataDir, passwordFile);
    run(List.of(binaries.resolve("bin/initdb").toString(), "-A", PgHbaFile.METHOD,
        "--pwfile=" + passwordFile, "-U", SUPERUSER, "-D", dataDir.toString(), "-E", "UTF-8",
        "--locale=C", "--no-sync"), Duration.ofMinutes(3), null);
  }

  private static boolean needsUpgrade(Path dataDir, Path passwordFile) {
    return !Files.exists(passwordFile) || !new PgHbaFile(dataDir).requiresPasswordsEverywhere();
  }

  /**
   * A data directory from before passwords (trust), or whose password file was deleted: every
   * pg_hba.conf line is switched to scram-sha-256 and the superuser gets the password of the
   * file, set in single-user mode while no server runs, so no client is ever let in on trust
   * and the password never appears on a command line.
   */
  private static void upgradeToPasswords(Path binaries, Path dataDir, String password) {
    new PgHbaFile(dataDir).requirePasswords();
    run(List.of(binaries.resolve("bin/postgres").toString(), "--single", "-D", dataDir.toString(),
            "-F", "-c", "exit_on_error=true", "-c", "log_statement=none",
            // a failed statement would be echoed with its text, password included
            "-c", "log_min_error_statement=panic", "postgres"),
        Duration.ofMinutes(3), "SET password_encryption = 'scram-sha-256'; ALTER ROLE "
            + SUPERUSER + " WITH PASSWORD '" + password + "'\n");
    log.info("Upgraded the embedded PostgreSQL data directory {} to password authentication "
        + "(scram-sha-256); its data is unchanged", dataDir);
  }

  private static void stop(Path binaries, Path dataDir, String mode) {
    run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-m", mode,
        "-w", "-t", "60", "stop"), Duration.ofMinutes(3), null);
  }

  /**
   * Starts the server again after it died (PostgreSQL's crash recovery replays the WAL), on the
   * same port and data, once the dead server's processes are gone; for {@link PostmasterWatch}.
   */
  void restart() {
    ServerProcesses processes = processes();
    processes.awaitOrphansGone(Duration.ofSeconds(5));
    processes.clearDeadLock(Duration.ofSeconds(1));
    startServerUsingTheReserve();
  }

  /** The file whose space is given back when the disk is too full for the server to start. */
  SpaceReserve spaceReserve() {
    return new SpaceReserve(root);
  }

  /** Read-only after a full disk, until it has room again. */
  WritesRefused writesRefused() {
    return new WritesRefused(root, dataDir);
  }

  /**
   * Starts; on a disk too full for recovery, gives back the reserve and starts read-only, so
   * the space recovery got is not filled again by the next writes.
   */
  private void startServerUsingTheReserve() {
    try {
      startServer();
    } catch (EmbeddedStartFailure failed) {
      if (!failed.reason().startsWith(ServerLog.NO_SPACE_MEANING) || !spaceReserve().release()) {
        throw failed;
      }
      writesRefused().turnOn();
      startServer();
    }
  }

  ServerProcesses processes() {
    return new ServerProcesses(dataDir);
  }

  /** The server's log, {@code postgres.log} beside the data directory. */
  public ServerLog serverLog() {
    return new ServerLog(root);
  }

  private void startServer() {
    var options = new StringBuilder("-p ").append(port)
        .append(" -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
    settings.forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
    ServerLog serverLog = serverLog();
    long logFrom = serverLog.end();
    try {
      pgCtl(List.of("-D", dataDir.toString(), "-o", options.toString(),
          "-l", serverLog.file().toString(), "-w", "-t", "120", "start"));
    } catch (IllegalStateException | UncheckedIOException failed) {
      String reason = serverLog.reason(logFrom);
      throw new EmbeddedStartFailure(reason != null ? reason : firstLine(failed.getMessage()),
          serverLog.file(), failed);
    }
    log.info("Embedded PostgreSQL listening on 127.0.0.1:{} (binaries in {})", port, binaries);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "pg_ctl failed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private void createDatabaseIfMissing() {
    try (var connection = admin(); var statement = connection.createStatement()) {
      try (var rows = statement.executeQuery(
          "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (rows.next()) {
          return;
        }
      }
      statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      if ("28P01".equals(e.getSQLState())) {
        throw new IllegalStateException("the embedded PostgreSQL rejected the password in "
            + passwordFile() + "; delete that file and start again to set a new one", e);
      }
      if (adopted && "08001".equals(e.getSQLState())) {
        // pg_ctl status took the PID in postmaster.pid for a server, but nothing answers
        throw new EmbeddedStartFailure("a stale lock file: postmaster.pid in the data directory"
            + " names PID " + processes().postmasterPid().orElse(-1) + ", which runs but is no "
            + "PostgreSQL answering on port " + port + "; if no server uses this data directory, "
            + "delete that file", serverLog().file(), e);
      }
      throw new IllegalStateException("embedded PostgreSQL is not answering: " + e.getMessage(), e);
    }
  }

  private void pgCtl(List<String> arguments) {
    var command = new ArrayList<String>();
    command.add(binaries.resolve("bin/pg_ctl").toString());
    command.addAll(arguments);
    run(command, Duration.ofMinutes(3), null);
  }

  /** Runs a server binary, feeding it {@code input} (or nothing) on its standard input. */
  private static void run(List<String> command, Duration limit, String input) {
    var full = new ArrayList<>(UnprivilegedUser.prefix());
    full.addAll(command);
    try {
      var process = new ProcessBuilder(full).redirectErrorStream(true).start();
      try (var stdin = process.getOutputStream()) {
        if (input != null) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      String output;
      try (InputStream out = process.getInputStream()) {
        output = new String(out.readAllBytes());
      }
      if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not finish within " + limit);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            Path.of(command.get(0)).getFileName() + " failed (exit " + process.exitValue() + "): "
                + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /**
   * The port this data directory used last time when it is free, else a new free one, recorded
   * for next time: clients (psql, a pool that outlived a restart) find the server where it was.
   */
  private static int portFor(Path root) throws IOException {
    Path record = root.resolve("port");
    if (Files.exists(record)) {
      try {
        int last = Integer.parseInt(Files.readString(record).strip());
        try (var socket = new ServerSocket(last, 1, InetAddress.getLoopbackAddress())) {
          return last;
        } catch (IOException taken) {
          // someone else has it now: pick another
        }
      } catch (NumberFormatException unreadable) {
        // a damaged record: pick another
      }
    }
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Files.writeString(record, Integer.toString(port));
    return port;
  }

  /** Reads the port of a server already running on a data directory, from its pid file. */
  private static final class RunningServer {
    static Integer portOf(Path dataDir, Path binaries) {
      Path pidFile = dataDir.resolve("postmaster.pid");
      if (!Files.exists(pidFile)) {
        return null;
      }
      try {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "status"),
            Duration.ofSeconds(30), null);
      } catch (IllegalStateException notRunning) {
        return null;
      }
      try {
        // postmaster.pid: pid, data dir, start time, port, ...
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() > 3 ? Integer.parseInt(lines.get(3).strip()) : null;
      } catch (IOException | NumberFormatException e) {
        return null;
      }
    }
  }

  /** Where zonky's binaries come from; extracted once per version. */
  static final class PostgresBinaries {
    static final String VERSION = "17";

    static Path extractOnce(Path target) throws IOException {
      Path marker = target.resolve(".complete");
      if (Files.exists(marker)) {
        return target;
      }
      Files.createDirectories(target);
      try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
        TxzArchive.extract(archive, target);
      }
      Files.writeString(marker, "ok");
      return target;
    }
  }

  /** When we are root, the command prefix that makes the server processes "nobody". */
  static final class UnprivilegedUser {
    private static final List<String> PREFIX = computePrefix();

    static List<String> prefix() {
      return PREFIX;
    }

    private static List<String> computePrefix() {
      try {
        Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (Integer.valueOf(0).equals(uid)) {
          return List.of("unshare", "--user", "--map-user=65534", "--map-group=65534");
        }
      } catch (IOException | UnsupportedOperationException e) {
        // not Linux, or /proc hidden: run the binaries directly
      }
      return List.of();
    }
  }
}
