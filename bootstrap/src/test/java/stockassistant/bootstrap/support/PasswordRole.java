package stockassistant.bootstrap.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;

/** A login role of its own with a password (scram-sha-256, like every role on the server). */
public final class PasswordRole {
  private PasswordRole() {}

  public static void create(EmbeddedPostgresServer server, String role, String password) {
    try (var connection = DriverManager.getConnection(server.jdbcUrl(),
            EmbeddedPostgresServer.SUPERUSER, server.password());
        var statement = connection.createStatement()) {
      statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
          + role + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
      statement.execute("SET password_encryption = 'scram-sha-256'");
      statement.execute("ALTER ROLE " + role + " PASSWORD '" + password + "'");
      statement.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role);
      statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + role);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
