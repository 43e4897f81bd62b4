package stockassistant.adapters.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** The embedded server lets nobody in without the password kept in its owner-only file. */
class EmbeddedPostgresServerIT {

  @Test
  void refusesAConnectionWithoutThePassword() {
    EmbeddedPostgresServer server = TestDatabase.server();

    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guess").close())
        .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("28P01");
    assertThatThrownBy(() -> DriverManager.getConnection(
            server.jdbcUrl().replace(EmbeddedPostgresServer.DATABASE, "postgres"), "postgres", null)
        .close()).isInstanceOf(SQLException.class);
  }

  @Test
  void acceptsThePasswordFileContent() throws Exception {
    EmbeddedPostgresServer server = TestDatabase.server();
    String fromFile = Files.readString(server.passwordFile()).strip();

    try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", fromFile);
        var rows = connection.createStatement().executeQuery("SELECT current_user")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("postgres");
    }
    assertThat(fromFile).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void keepsThePasswordFileAndItsDirectoryToTheOwner() throws IOException {
    EmbeddedPostgresServer server = TestDatabase.server();

    assertThat(mode(server.passwordFile())).isEqualTo("rw-------");
    assertThat(mode(server.passwordFile().getParent())).isEqualTo("rwx------");
    assertThat(mode(server.dataDirectory())).isEqualTo("rwx------");
  }

  @Test
  void asksForAPasswordOnEveryPgHbaLine() throws IOException {
    List<String> rules = Files.readAllLines(TestDatabase.server().dataDirectory().resolve("pg_hba.conf"))
        .stream().map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
        .toList();

    assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
  }

  @Test
  void refusesADirectoryOtherUsersCanWrite() throws IOException {
    Path root = Path.of("target", "world-writable-postgres");
    Files.createDirectories(root);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(root, Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(root.toString()).hasMessageContaining("writable by other users");
    assertThat(root.resolve("pgdata")).doesNotExist();
  }

  @Test
  void upgradesAnOldTrustDataDirectoryInPlaceAndKeepsItsData() throws Exception {
    Path root = Path.of("target", "trust-upgrade-postgres").toAbsolutePath();
    OldTrustDataDirectory.create(root, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(root, Map.of())) {
      String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
          .isInstanceOf(SQLException.class);
      try (var connection = DriverManager.getConnection(url, "postgres",
              Files.readString(server.passwordFile()).strip());
          var rows = connection.createStatement().executeQuery("SELECT v FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("still here");
      }
      assertThat(mode(server.passwordFile())).isEqualTo("rw-------");
      assertThat(new PgHbaFile(server.dataDirectory()).requiresPasswordsEverywhere()).isTrue();
    }
  }

  @Test
  void aStaleLockFileIsNamedWithTheLogsPlace() throws Exception {
    Path root = Path.of("target", "stale-lock-postgres").toAbsolutePath();
    EmbeddedPostgresServer.start(root, Map.of()).close();
    Path pidFile = root.resolve("pgdata/postmaster.pid");
    // a live process that is no PostgreSQL: this test's JVM, on a port nobody listens on
    Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + root.resolve("pgdata")
        + "\n1700000000\n1\n\n127.0.0.1\n      0         0\nready   \n");
    try {
      if (!EmbeddedPostgresServer.UnprivilegedUser.prefix().isEmpty()) {
        // as root the server runs as "nobody": kill(pid, 0) on our JVM says EPERM, which
        // PostgreSQL and pg_ctl both take for "not running", so the lock is seen through
        try (EmbeddedPostgresServer started = EmbeddedPostgresServer.start(root, Map.of())) {
          assertThat(started.isRunning()).isTrue();
        }
        return;
      }
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(root, Map.of()).close())
          .isInstanceOf(EmbeddedStartFailure.class)
          .hasMessageContaining("stale lock")
          .hasMessageContaining("its log is " + root.resolve("postgres.log"));
    } finally {
      Files.deleteIfExists(pidFile);
    }
  }

  @Test
  void aCommandThatAdoptedTheServerLeavesItRunningWhileOthersUseIt() throws Exception {
    Path root = Path.of("target", "adopted-postgres").toAbsolutePath();
    try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(root, Map.of())) {
      try (var inUse = DriverManager.getConnection(owner.jdbcUrl(), "postgres", owner.password())) {
        EmbeddedPostgresServer command = EmbeddedPostgresServer.start(root, Map.of());
        assertThat(command.port()).isEqualTo(owner.port());

        command.close();

        assertThat(owner.isRunning()).isTrue();
        assertThat(inUse.isValid(5)).isTrue();
      }
      EmbeddedPostgresServer orphanAdopter = EmbeddedPostgresServer.start(root, Map.of());
      orphanAdopter.close();
      assertThat(owner.isRunning()).as("nobody else used it: stopped").isFalse();
    }
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
