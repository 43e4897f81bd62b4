package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;

/**
 * A data directory as the launcher used to leave it: initdb with trust authentication, no
 * password file, some data written without a password. Left stopped.
 */
final class OldTrustDataDirectory {
  private OldTrustDataDirectory() {}

  static void create(Path root, String sql) throws Exception {
    // the extracted binaries are kept between runs: extracting them takes seconds
    deleteRecursively(root.resolve("pgdata"));
    Files.deleteIfExists(root.resolve(EmbeddedPostgresServer.PASSWORD_FILE));
    Files.createDirectories(root);
    Path binaries = EmbeddedPostgresServer.PostgresBinaries.extractOnce(root.resolve("binaries"));
    Path dataDir = root.resolve("pgdata");
    run(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
        "-D", dataDir.toString(), "-E", "UTF-8", "--locale=C", "--no-sync");
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    run(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
        "-l", root.resolve("postgres.log").toString(), "-w", "start");
    try (var connection = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } finally {
      run(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast",
          "-w", "stop");
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    var full = new ArrayList<>(EmbeddedPostgresServer.UnprivilegedUser.prefix());
    full.addAll(List.of(command));
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
