package stockassistant.bootstrap.database;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import stockassistant.adapters.persistence.backup.SchemaMigrations;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * This release's migrations as a restore uses them: up to a chosen version, in a chosen schema
 * (the restore's scratch schema is built this way at an old backup's version).
 */
public final class FlywaySchemaMigrations implements SchemaMigrations {
  private final DatabaseTarget target;

  public FlywaySchemaMigrations(DatabaseTarget target) {
    this.target = target;
  }

  @Override
  public List<String> versions() {
    return Arrays.stream(configure("public").load().info().all())
        .filter(migration -> migration.getVersion() != null)
        .map(migration -> migration.getVersion().getVersion()).distinct().toList();
  }

  @Override
  public void migrate(String schema, String version) {
    FluentConfiguration configuration = configure(schema);
    if (version != null) {
      configuration.target(version);
    }
    configuration.load().migrate();
  }

  private FluentConfiguration configure(String schema) {
    return Flyway.configure()
        .dataSource(target.jdbcUrl(), target.username(), target.password())
        .locations("classpath:db/migration")
        .schemas(schema)
        .connectRetries(0);
  }
}
