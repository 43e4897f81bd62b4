package stockassistant.bootstrap.database;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import stockassistant.adapters.persistence.backup.SchemaMigrations;
import stockassistant.adapters.persistence.citus.CitusDistribution;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * Flyway over the SQL in the migrations module, on the pool's driver settings (TLS included).
 * Flyway holds an advisory lock while it works, so several instances starting at once migrate one
 * after another. On a Citus coordinator (the {@code citus} extension in the database), each
 * migrate ends by distributing the tables that are not distributed yet
 * ({@link CitusDistribution}); elsewhere that step does nothing. A restore uses the same
 * migrations up to a chosen version, in a chosen schema ({@link SchemaMigrations}).
 */
public final class Migrations implements SchemaMigrations {
  private final DatabaseTarget target;
  private final PoolSettings pool;
  private final Flyway flyway;
  private volatile List<String> distributed = List.of();

  public Migrations(DatabaseTarget target, PoolSettings pool) {
    this.target = target;
    this.pool = pool;
    this.flyway = configure().load();
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

  @Override
  public List<String> versions() {
    return Arrays.stream(flyway.info().all()).filter(migration -> migration.getVersion() != null)
        .map(migration -> migration.getVersion().getVersion()).distinct().toList();
  }

  @Override
  public void migrate(String schema, String version) {
    FluentConfiguration configuration = configure().schemas(schema);
    if (version != null) {
      configuration.target(version);
    }
    configuration.load().migrate();
  }

  private FluentConfiguration configure() {
    return Flyway.configure()
        .dataSource(target.jdbcUrl(), target.username(), target.password())
        .jdbcProperties(DriverProperties.asMap(pool, Direct.of("migrate").longWork()))
        .locations("classpath:db/migration")
        .connectRetries(0);
  }

  /** The schema version applied (null on an empty database) and migrations not yet applied. */
  public record Status(String currentVersion, int pending) {
    public boolean upToDate() {
      return pending == 0 && currentVersion != null;
    }
  }
}
