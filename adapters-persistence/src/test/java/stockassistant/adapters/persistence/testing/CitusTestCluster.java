package stockassistant.adapters.persistence.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import stockassistant.adapters.persistence.citus.CitusDistribution;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;

/**
 * A Citus cluster started by a test: a coordinator and {@code workers} workers, each an
 * {@link EmbeddedPostgresServer} run from Debian's PostgreSQL 15 (where {@code install.sh} of
 * ../shared/citus builds Citus) with {@code shared_preload_libraries = citus}, initdb'd afresh under
 * {@code target/<name>/} on free loopback ports. Every node gets the same superuser password, which
 * the coordinator uses for its connections to the nodes ({@code pg_dist_authinfo}). The schema is
 * migrated and distributed the product's way: Flyway, then {@link CitusDistribution}.
 *
 * <p>Without citus.so the calling test is skipped with a message saying how to install it, or
 * fails when {@code STOCK_REQUIRE_TOOLS=1} (as in {@code .ci/run}).
 */
public final class CitusTestCluster implements AutoCloseable {
  public static final Path POSTGRES_15 = Path.of("/usr/lib/postgresql/15");
  public static final String MISSING = "Citus is not installed into Debian's PostgreSQL 15 ("
      + POSTGRES_15.resolve("lib/citus.so") + " is missing): run `bash ../shared/citus/install.sh`"
      + " from the project root (apt-get install postgresql-15 first) to run the Citus tests;"
      + " .ci/run does";
  private static final Map<String, String> SETTINGS = Map.of("shared_preload_libraries", "citus",
      // synchronous_commit stays on: the fault tests count acknowledged commits
      "fsync", "off", "max_prepared_transactions", "100",
      // the nodes and the service share a loopback and two cores: keep fan-outs small
      "citus.max_adaptive_executor_pool_size", "4", "citus.node_connection_timeout", "2000");

  private final EmbeddedPostgresServer coordinator;
  private final List<EmbeddedPostgresServer> workers; // one slot per worker, replaced on restart
  private final Path root;

  private CitusTestCluster(Path root, EmbeddedPostgresServer coordinator,
      List<EmbeddedPostgresServer> workers) {
    this.root = root;
    this.coordinator = coordinator;
    this.workers = new ArrayList<>(workers);
  }

  /** Skips the calling test when Citus is not installed (fails under STOCK_REQUIRE_TOOLS=1). */
  public static void assumeInstalled() {
    if (Files.exists(POSTGRES_15.resolve("lib/citus.so"))
        && Files.isExecutable(POSTGRES_15.resolve("bin/postgres"))) {
      return;
    }
    if ("1".equals(System.getenv("STOCK_REQUIRE_TOOLS"))) {
      fail(MISSING + ", and STOCK_REQUIRE_TOOLS=1 requires it");
    }
    Assumptions.abort(MISSING + "; skipped");
  }

  /**
   * A fresh cluster under {@code target/<name>}, migrated and distributed; stopped when closed
   * (and when the JVM exits).
   */
  public static CitusTestCluster start(String name, int workerCount) {
    assumeInstalled();
    Path root = Path.of(System.getProperty("user.dir"), "target", name);
    try {
      stopLeftovers(root);
      deleteTree(root);
      Files.createDirectories(root);
      EmbeddedPostgresServer coordinator = node(root.resolve("coordinator"), null);
      var workers = new ArrayList<EmbeddedPostgresServer>();
      for (int i = 1; i <= workerCount; i++) {
        workers.add(node(root.resolve("worker" + i), coordinator.passwordFile()));
      }
      var cluster = new CitusTestCluster(root, coordinator, List.copyOf(workers));
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-" + name));
      cluster.join();
      Flyway.configure().dataSource(coordinator.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
          coordinator.password()).locations("classpath:db/migration").load().migrate();
      CitusDistribution.apply(TestDatabase.target(coordinator), TestDatabase.pool());
      return cluster;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot start a Citus cluster under " + root, failure);
    }
  }

  public EmbeddedPostgresServer coordinator() {
    return coordinator;
  }

  public synchronized List<EmbeddedPostgresServer> workers() {
    return List.copyOf(workers);
  }

  /** Stops worker {@code index} (1-based), fast: its connections end, its files stay. */
  public synchronized void stopWorker(int index) {
    workers.get(index - 1).close();
  }

  /** Starts worker {@code index} again, on the port it had. */
  public synchronized EmbeddedPostgresServer startWorker(int index) {
    return startWorker(index, Map.of());
  }

  /** As {@link #startWorker(int)}, with settings changed or added (to inject a fault). */
  public synchronized EmbeddedPostgresServer startWorker(int index, Map<String, String> changed) {
    var settings = new java.util.HashMap<>(SETTINGS);
    settings.putAll(changed);
    EmbeddedPostgresServer again = EmbeddedPostgresServer.start(
        root.resolve("worker" + index), POSTGRES_15, settings);
    workers.set(index - 1, again);
    return again;
  }

  /** The first of 600000.SH, 600001.SH, ... whose rows live on worker {@code index} (1-based). */
  public String codeOn(int index) {
    for (int i = 0; i < 1000; i++) {
      String code = String.format("600%03d.SH", i);
      if (workerOf(code) == index) {
        return code;
      }
    }
    throw new IllegalStateException("no code found on worker " + index);
  }

  /** The worker (1-based index) that holds {@code thirdCode}'s rows of stock_daily. */
  public int workerOf(String thirdCode) {
    try (Connection connection = TestDatabase.connect(coordinator);
        PreparedStatement statement = connection.prepareStatement("""
            SELECT n.nodeport FROM pg_dist_shard s
            JOIN pg_dist_placement p ON p.shardid = s.shardid
            JOIN pg_dist_node n ON n.groupid = p.groupid
            WHERE s.shardid = get_shard_id_for_distribution_column('stock_daily', ?)""")) {
      statement.setString(1, thirdCode);
      try (var rows = statement.executeQuery()) {
        rows.next();
        int port = rows.getInt(1);
        List<EmbeddedPostgresServer> now = workers();
        for (int i = 0; i < now.size(); i++) {
          if (now.get(i).port() == port) {
            return i + 1;
          }
        }
        throw new IllegalStateException(thirdCode + " is on no worker of this cluster");
      }
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public synchronized void close() {
    for (EmbeddedPostgresServer worker : workers) {
      worker.close();
    }
    coordinator.close();
  }

  /** A node with Citus loaded and created in the database; workers take the coordinator's password. */
  private static EmbeddedPostgresServer node(Path nodeRoot, Path sharedPassword) throws IOException {
    if (sharedPassword != null) {
      Files.createDirectories(nodeRoot);
      Files.copy(sharedPassword, nodeRoot.resolve(EmbeddedPostgresServer.PASSWORD_FILE));
    }
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(nodeRoot, POSTGRES_15, SETTINGS);
    execute(server, "CREATE EXTENSION IF NOT EXISTS citus");
    return server;
  }

  /** Tells the coordinator where it and its workers are, and how to log in to them. */
  private void join() {
    execute(coordinator, "INSERT INTO pg_dist_authinfo (nodeid, rolename, authinfo) VALUES (0, '"
        + EmbeddedPostgresServer.SUPERUSER + "', 'password=" + coordinator.password() + "')");
    execute(coordinator, "SELECT citus_set_coordinator_host('127.0.0.1', " + coordinator.port() + ")");
    for (EmbeddedPostgresServer worker : workers) {
      execute(coordinator, "SELECT citus_add_node('127.0.0.1', " + worker.port() + ")");
    }
  }

  private static void execute(EmbeddedPostgresServer server, String sql) {
    try (Connection connection = TestDatabase.connect(server);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new IllegalStateException("on " + server.port() + ": " + failure.getMessage(), failure);
    }
  }

  /** Servers a killed test JVM left running on this root would hold its ports and files. */
  private static void stopLeftovers(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> nodes = Files.list(root)) {
      for (Path data : nodes.map(node -> node.resolve("pgdata")).toList()) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
          var command = new ArrayList<String>();
          if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses root; EmbeddedPostgresServer runs it as "nobody" the same way
            command.addAll(List.of("unshare", "--user", "--map-user=65534", "--map-group=65534"));
          }
          command.addAll(List.of(POSTGRES_15.resolve("bin/pg_ctl").toString(), "-D",
              data.toString(), "-m", "immediate", "-w", "stop"));
          try {
            new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
