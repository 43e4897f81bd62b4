package stockassistant.bootstrap.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import stockassistant.adapters.persistence.citus.CitusDistribution;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * Flyway over the SQL in the migrations module. Flyway holds an advisory lock while it works, so
 * several instances starting at once migrate one after another. On a Citus coordinator (the
 * {@code citus} extension in the database), each migrate ends by distributing the tables that are
 * not distributed yet ({@link CitusDistribution}); elsewhere that step does nothing.
 */
public final class Migrations {
  private final Flyway flyway;
  private final DatabaseTarget target;
  private final PoolSettings pool;
  private volatile List<String> distributed = List.of();

  public Migrations(DatabaseTarget target, PoolSettings pool) {
    this.target = target;
    this.pool = pool;
    this.flyway = Flyway.configure()
        .dataSource(target.jdbcUrl(), target.username(), target.password())
        .locations("classpath:db/migration")
        .connectRetries(0)
        .load();
  }

  /** Applies what is pending; returns how many migrations ran. */
  public int migrate() {
    MigrateResult result = flyway.migrate();
    distributed = CitusDistribution.apply(target, pool);
    return result.migrationsExecuted;
  }

  /** What the last {@link #migrate} distributed over Citus, one line per table (often none). */
  public List<String> distributed() {
    return distributed;
  }

  public Status status() {
    var info = flyway.info();
    MigrationInfo current = info.current();
    return new Status(current == null ? null : current.getVersion().getVersion(),
        info.pending().length);
  }

  /** The schema version applied (null on an empty database) and migrations not yet applied. */
  public record Status(String currentVersion, int pending) {
    public boolean upToDate() {
      return pending == 0 && currentVersion != null;
    }
  }
}
