package stockassistant.adapters.persistence.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * A real PgBouncer (Debian's {@code pgbouncer} package; nothing on Maven Central ships it) in
 * {@code pool_mode = transaction}, in front of one embedded server, on a free loopback port with a
 * generated configuration, started by a test and stopped by it. Its clients log in with the
 * server's own credentials ({@link TestDatabase#target(EmbeddedPostgresServer)}): trust while the
 * server trusts, the password (scram-sha-256) once it asks for one.
 */
public final class PgBouncer implements AutoCloseable {
  public static final String MISSING = "pgbouncer is not on the PATH: install it "
      + "(apt-get install pgbouncer) to run the PgBouncer tests; .ci/run does";

  private final Process process;
  private final int port;
  private final Path directory;
  private final DatabaseTarget serverTarget;

  private PgBouncer(Process process, int port, Path directory, DatabaseTarget serverTarget) {
    this.process = process;
    this.port = port;
    this.directory = directory;
    this.serverTarget = serverTarget;
  }

  /** The pgbouncer binary on the PATH, if any. */
  public static Optional<Path> binary() {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "pgbouncer");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test (with the reason) when pgbouncer is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(binary().isPresent(), MISSING);
  }

  /** A transaction-mode PgBouncer with {@code serverConnections} server connections at most. */
  public static PgBouncer inFrontOf(EmbeddedPostgresServer server, int serverConnections) {
    return inFrontOf(server, serverConnections, Map.of());
  }

  /** As above, with more {@code [pgbouncer]} settings (or replaced ones). */
  public static PgBouncer inFrontOf(EmbeddedPostgresServer server, int serverConnections,
      Map<String, String> more) {
    assumeInstalled();
    DatabaseTarget target = TestDatabase.target(server);
    try {
      Path directory = Files.createTempDirectory(server.root().getParent(), "pgbouncer-");
      int port = freePort();
      boolean password = target.password() != null && !target.password().isEmpty();
      Files.writeString(directory.resolve("userlist.txt"),
          quoted(target.username()) + " " + quoted(password ? target.password() : "") + "\n");
      var settings = new java.util.LinkedHashMap<String, String>();
      settings.put("listen_addr", "127.0.0.1");
      settings.put("listen_port", String.valueOf(port));
      settings.put("unix_socket_dir", "");
      settings.put("auth_type", password ? "scram-sha-256" : "trust");
      settings.put("auth_file", directory.resolve("userlist.txt").toString());
      settings.put("pool_mode", "transaction");
      settings.put("default_pool_size", String.valueOf(serverConnections));
      settings.put("max_client_conn", "500");
      settings.put("logfile", directory.resolve("pgbouncer.log").toString());
      settings.put("pidfile", directory.resolve("pgbouncer.pid").toString());
      settings.putAll(more);
      var config = new StringBuilder("[databases]\n")
          .append(EmbeddedPostgresServer.DATABASE).append(" = host=127.0.0.1 port=")
          .append(server.port()).append(" dbname=").append(EmbeddedPostgresServer.DATABASE)
          .append("\n\n[pgbouncer]\n");
      settings.forEach((key, value) -> config.append(key).append(" = ").append(value).append('\n'));
      Path ini = directory.resolve("pgbouncer.ini");
      Files.writeString(ini, config);

      var command = new ArrayList<>(unprivileged());
      command.add(binary().orElseThrow().toString());
      command.add(ini.toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(directory.resolve("stdout.log").toFile()).start();
      var bouncer = new PgBouncer(process, port, directory, target);
      Runtime.getRuntime().addShutdownHook(new Thread(bouncer::close, "stop-pgbouncer"));
      Await.until("pgbouncer listens on " + port, Duration.ofSeconds(20), () -> {
        if (!process.isAlive()) {
          throw new AssertionError("pgbouncer exited: " + bouncer.log());
        }
        return accepts(port);
      });
      return bouncer;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot start pgbouncer", failure);
    }
  }

  public int port() {
    return port;
  }

  /** The embedded server's database, reached through this PgBouncer. */
  public DatabaseTarget target() {
    return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/"
        + EmbeddedPostgresServer.DATABASE, serverTarget.username(), serverTarget.password());
  }

  /** What pgbouncer logged so far. */
  public String log() {
    try {
      Path log = directory.resolve("pgbouncer.log");
      Path stdout = directory.resolve("stdout.log");
      return (Files.exists(log) ? Files.readString(log) : "")
          + (Files.exists(stdout) ? Files.readString(stdout) : "");
    } catch (IOException failure) {
      return "(log unreadable: " + failure + ")";
    }
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy(); // SIGTERM: pgbouncer closes its connections and exits
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** PgBouncer, like PostgreSQL, refuses to run as root: as root it runs as "nobody" in a user namespace. */
  private static List<String> unprivileged() {
    try {
      if (Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
        return List.of("unshare", "--user", "--map-user=65534", "--map-group=65534");
      }
    } catch (IOException | UnsupportedOperationException notLinux) {
      // run it directly
    }
    return List.of();
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }
}
