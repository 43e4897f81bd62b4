package stockassistant.bootstrap.archfixture;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Deliberately bad: a connection without the pool's TLS and timeouts. Only ArchUnit loads it. */
public final class CommandWithItsOwnDriverSettings {
  private CommandWithItsOwnDriverSettings() {}

  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, "postgres", "secret");
  }
}
