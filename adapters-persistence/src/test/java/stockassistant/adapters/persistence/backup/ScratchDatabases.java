package stockassistant.adapters.persistence.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.testing.TestDatabase;

/**
 * Databases of their own on the shared test server, made anew for each test: a backup's source
 * and a restore's target, each at whatever schema version the test needs.
 */
final class ScratchDatabases {
  private ScratchDatabases() {}

  /** A new empty database (no schema at all); dropped first when left by an earlier run. */
  static DatabaseTarget fresh(String name) {
    TestDatabase.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    TestDatabase.execute("CREATE DATABASE " + name);
    DatabaseTarget shared = TestDatabase.target(TestDatabase.server());
    return new DatabaseTarget(shared.jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE,
        "/" + name), shared.username(), shared.password());
  }

  /** A new database migrated to {@code version} (null: this release's latest). */
  static DatabaseTarget migrated(String name, String version) {
    DatabaseTarget target = fresh(name);
    new FlywayMigrations(target).migrate("public", version);
    return target;
  }

  static Connection connect(DatabaseTarget target) throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password());
  }

  static void execute(DatabaseTarget target, String... sql) {
    try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  static long count(DatabaseTarget target, String sql) {
    try (Connection connection = connect(target); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  /** Every table of the public schema but Flyway's, as ordered row texts: equal means equal. */
  static Map<String, String> contents(DatabaseTarget target) {
    var contents = new LinkedHashMap<String, String>();
    try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE "
          + "schemaname = 'public' AND tablename <> 'flyway_schema_history' ORDER BY 1")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*), "
            + "string_agg(t::text, E'\\n' ORDER BY t::text) FROM " + table + " t")) {
          rows.next();
          contents.put(table, rows.getLong(1) + " rows\n" + rows.getString(2));
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
    return contents;
  }

  /** Every index and constraint of the public schema, as PostgreSQL would create them again. */
  static String indexes(DatabaseTarget target) {
    try (Connection connection = connect(target); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT string_agg(d, E'\\n' ORDER BY d) FROM ("
            + "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' UNION ALL "
            + "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
            + "FROM pg_constraint WHERE connamespace = 'public'::regnamespace) all_of_them")) {
      row.next();
      return row.getString(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  static String schemaVersion(DatabaseTarget target) {
    try (Connection connection = connect(target)) {
      return SchemaHistory.current(connection, "public");
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  /** This release's migrations over Flyway, as bootstrap's are. */
  static final class FlywayMigrations implements SchemaMigrations {
    private final DatabaseTarget target;

    FlywayMigrations(DatabaseTarget target) {
      this.target = target;
    }

    @Override
    public List<String> versions() {
      return java.util.Arrays.stream(flyway("public", null).info().all())
          .filter(info -> info.getVersion() != null)
          .map(info -> info.getVersion().getVersion()).distinct().toList();
    }

    @Override
    public void migrate(String schema, String version) {
      flyway(schema, version).migrate();
    }

    private Flyway flyway(String schema, String version) {
      var configuration = Flyway.configure()
          .dataSource(target.jdbcUrl(), target.username(), target.password())
          .locations("classpath:db/migration").schemas(schema);
      if (version != null) {
        configuration.target(version);
      }
      return configuration.load();
    }
  }
}
