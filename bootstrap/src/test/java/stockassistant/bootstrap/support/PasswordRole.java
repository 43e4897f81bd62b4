package stockassistant.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;

/**
 * A login role that must give its password (scram-sha-256), on a server whose other users stay
 * on trust: what a real deployment looks like to the code under test.
 */
public final class PasswordRole {
  private PasswordRole() {}

  public static void create(EmbeddedPostgresServer server, String role, String password) {
    Path hba = server.dataDirectory().resolve("pg_hba.conf");
    try {
      String rules = Files.readString(hba);
      String rule = "host all " + role + " 127.0.0.1/32 scram-sha-256\n";
      if (!rules.startsWith(rule)) {
        Files.writeString(hba, rule + rules);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
          + role + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
      statement.execute("SET password_encryption = 'scram-sha-256'");
      statement.execute("ALTER ROLE " + role + " PASSWORD '" + password + "'");
      statement.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role);
      statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + role);
      statement.execute("SELECT pg_reload_conf()");
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
