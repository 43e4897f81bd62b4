package stockassistant.application.archfixture;

import com.zaxxer.hikari.HikariDataSource;

/** Deliberately bad: a use case holding a HikariCP pool. Only the ArchUnit tests load it. */
public final class UseCaseThatBorrowsConnections {
  private final HikariDataSource pool = null;

  public HikariDataSource pool() {
    return pool;
  }
}
