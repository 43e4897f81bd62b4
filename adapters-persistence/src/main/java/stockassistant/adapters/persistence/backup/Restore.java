package stockassistant.adapters.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.domain.backup.BackupProgress;
import stockassistant.domain.backup.BackupRefused;

/**
 * Loads a checked backup into the database. The rows go into the schema of the version they were
 * made in, then this release's migrations run on them, so a backup of an older release restores
 * into a newer one.
 *
 * <ul>
 *   <li>The target's schema is at the backup's version, or older, or absent: it is migrated up to
 *       the backup's version, its tables are emptied and the files COPYed in, in one transaction,
 *       then the remaining migrations run.
 *   <li>The target's schema is newer than the backup's (the usual case: a new release started on
 *       an empty disk, then the restore): the backup is loaded into a scratch schema built at its
 *       version and migrated to this release's, and then, in one transaction, the target's tables
 *       are emptied and filled from it.
 * </ul>
 * Either way the target keeps its old rows until the one transaction commits.
 */
final class Restore {
  /** Tables whose rows the migrations themselves write: not the user's data, never "not empty". */
  private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("table_version");
  private static final Logger log = LoggerFactory.getLogger(Restore.class);
  static final String SCRATCH = "stock_restore";

  private final DirectConnections connections;
  private final SchemaMigrations migrations;

  Restore(DirectConnections connections, SchemaMigrations migrations) {
    this.connections = connections;
    this.migrations = migrations;
  }

  /** The rows loaded and the schema version the target is at afterwards. */
  record Loaded(long rows, String version) {}

  Loaded run(Path backup, Manifest manifest, boolean replace, BackupProgress progress)
      throws SQLException, IOException {
    List<String> known = migrations.versions();
    String version = manifest.schemaVersion();
    if (!known.contains(version)) {
      String where = backup.resolve(Manifest.FILE).toString();
      throw new BackupRefused(where, SchemaHistory.isVersion(version)
          && SchemaHistory.newer(version, known)
          ? "made at schema version " + version + ", newer than this release's "
              + known.get(known.size() - 1) + ": restore it with the release that made it"
          : "schema version '" + version + "' is not one of this release's migrations");
    }
    String schema;
    String current;
    try (Connection connection = connections.open("restore")) {
      schema = currentSchema(connection);
      current = SchemaHistory.current(connection, schema);
      refuseRowsUnlessReplacing(connection, schema, replace);
    }
    FileChecks.checksums(backup, manifest, progress);
    long rows;
    if (current == null || SchemaHistory.VERSION_ORDER.compare(current, version) <= 0) {
      migrations.migrate(schema, version);
      rows = loadInPlace(backup, manifest, schema, progress);
    } else {
      log.info("The database's schema ({}) is newer than the backup's ({}): loading through "
          + "schema {}", current, version, SCRATCH);
      rows = loadThroughScratch(backup, manifest, schema, progress);
    }
    migrations.migrate(schema, null);
    try (Connection connection = connections.open("restore")) {
      return new Loaded(rows, SchemaHistory.current(connection, schema));
    }
  }

  private static void refuseRowsUnlessReplacing(Connection connection, String schema,
      boolean replace) throws SQLException {
    if (replace) {
      return;
    }
    List<String> holding = new ArrayList<>();
    for (TableCatalog.TableShape table : TableCatalog.tables(connection, schema)) {
      if (SEEDED_BY_MIGRATIONS.contains(table.name())) {
        continue;
      }
      try (Statement statement = connection.createStatement(); ResultSet row = statement
          .executeQuery("SELECT EXISTS (SELECT 1 FROM "
              + TableCatalog.qualified(schema, table.name()) + ")")) {
        row.next();
        if (row.getBoolean(1)) {
          holding.add(table.name());
        }
      }
    }
    if (!holding.isEmpty()) {
      throw new BackupRefused("the target database", "not empty (rows in "
          + String.join(", ", holding) + "); restore with --replace to replace them");
    }
  }

  /** One transaction: empty every table, COPY each file in, reset the sequences. */
  private long loadInPlace(Path backup, Manifest manifest, String schema,
      BackupProgress progress) throws SQLException, IOException {
    try (Connection connection = connections.open("restore")) {
      connection.setAutoCommit(false);
      try {
        List<TableCatalog.TableShape> tables = TableCatalog.tables(connection, schema);
        truncate(connection, schema, tables);
        SuspendedIndexes indexes = SuspendedIndexes.drop(connection, schema);
        long rows = copyIn(connection, backup, manifest, schema, tables, progress);
        indexes.rebuild(connection);
        for (TableCatalog.TableShape table : tables) {
          TableCatalog.resetSequences(connection, schema, table.name());
        }
        connection.commit();
        return rows;
      } catch (SQLException | IOException | RuntimeException failure) {
        connection.rollback();
        throw failure;
      }
    }
  }

  private long loadThroughScratch(Path backup, Manifest manifest, String schema,
      BackupProgress progress) throws SQLException, IOException {
    try (Connection connection = connections.open("restore")) {
      execute(connection, "DROP SCHEMA IF EXISTS " + TableCatalog.quote(SCRATCH) + " CASCADE");
      execute(connection, "CREATE SCHEMA " + TableCatalog.quote(SCRATCH));
    }
    try {
      migrations.migrate(SCRATCH, manifest.schemaVersion());
      long rows;
      try (Connection connection = connections.open("restore")) {
        connection.setAutoCommit(false);
        rows = copyIn(connection, backup, manifest, SCRATCH,
            TableCatalog.tables(connection, SCRATCH), progress);
        connection.commit();
      }
      migrations.migrate(SCRATCH, null);
      migrations.migrate(schema, null);
      try (Connection connection = connections.open("restore")) {
        connection.setAutoCommit(false);
        try {
          List<TableCatalog.TableShape> tables = TableCatalog.tables(connection, schema);
          truncate(connection, schema, tables);
          SuspendedIndexes indexes = SuspendedIndexes.drop(connection, schema);
          for (TableCatalog.TableShape table : tables) {
            moveRows(connection, schema, table);
          }
          indexes.rebuild(connection);
          for (TableCatalog.TableShape table : tables) {
            TableCatalog.resetSequences(connection, schema, table.name());
          }
          connection.commit();
        } catch (SQLException | RuntimeException failure) {
          connection.rollback();
          throw failure;
        }
      }
      return rows;
    } finally {
      try (Connection connection = connections.open("restore")) {
        execute(connection, "DROP SCHEMA IF EXISTS " + TableCatalog.quote(SCRATCH) + " CASCADE");
      } catch (SQLException cleanup) {
        log.warn("Could not drop the scratch schema {}: {}", SCRATCH, cleanup.getMessage());
      }
    }
  }

  private static void moveRows(Connection connection, String schema,
      TableCatalog.TableShape table) throws SQLException {
    Set<String> scratchColumns = new HashSet<>();
    for (TableCatalog.TableShape scratch : TableCatalog.tables(connection, SCRATCH)) {
      if (scratch.name().equals(table.name())) {
        scratch.columns().forEach(column -> scratchColumns.add(column.name()));
      }
    }
    List<Manifest.Column> shared = table.columns().stream()
        .filter(column -> scratchColumns.contains(column.name())).toList();
    if (shared.isEmpty()) {
      return;
    }
    String columns = TableCatalog.columnList(shared);
    emptyAgain(connection, schema, table.name());
    // identity columns keep the backup's values
    execute(connection, "INSERT INTO " + TableCatalog.qualified(schema, table.name()) + " ("
        + columns + ") OVERRIDING SYSTEM VALUE SELECT " + columns + " FROM "
        + TableCatalog.qualified(SCRATCH, table.name()));
  }

  /**
   * Rows a trigger wrote since the TRUNCATE (V8's write version is bumped by the TRUNCATE and
   * the COPYs of stock_daily) go before the table's own rows come in from the backup.
   */
  private static void emptyAgain(Connection connection, String schema, String table)
      throws SQLException {
    execute(connection, "DELETE FROM " + TableCatalog.qualified(schema, table));
  }

  private static void truncate(Connection connection, String schema,
      List<TableCatalog.TableShape> tables) throws SQLException {
    if (!tables.isEmpty()) {
      execute(connection, "TRUNCATE " + String.join(", ", tables.stream()
          .map(table -> TableCatalog.qualified(schema, table.name())).toList()));
    }
  }

  /**
   * COPYs each file into its table by the manifest's column list, re-hashing the bytes as they
   * are read: a file changed since the check, or a row count that differs, fails the
   * transaction.
   */
  private static long copyIn(Connection connection, Path backup, Manifest manifest, String schema,
      List<TableCatalog.TableShape> tables, BackupProgress progress)
      throws SQLException, IOException {
    progress.begin("restore", manifest.bytes());
    var present = new HashSet<String>();
    tables.forEach(table -> present.add(table.name()));
    long total = 0;
    for (String name : tables.stream().map(TableCatalog.TableShape::name).toList()) {
      for (Manifest.Table table : manifest.tables()) {
        if (table.name().equals(name)) {
          total += copyIn(connection, backup, schema, table, progress);
        }
      }
    }
    for (Manifest.Table table : manifest.tables()) {
      if (!present.contains(table.name())) {
        throw new IllegalStateException("table " + table.name() + " of the backup is not in the "
            + "schema at version " + manifest.schemaVersion());
      }
    }
    progress.end();
    return total;
  }

  private static long copyIn(Connection connection, Path backup, String schema,
      Manifest.Table table, BackupProgress progress) throws SQLException, IOException {
    Path file = FileChecks.present(backup, table);
    MessageDigest digest = Sha256.digest();
    emptyAgain(connection, schema, table.name());
    long rows;
    try (InputStream copy = CompressedFiles.reader(file, digest, progress::advance)) {
      rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY "
          + TableCatalog.qualified(schema, table.name()) + " ("
          + TableCatalog.columnList(table.columns()) + ") FROM STDIN (FORMAT binary)", copy);
      copy.transferTo(java.io.OutputStream.nullOutputStream());
    }
    FileChecks.sameHash(file, table, Sha256.hex(digest));
    if (rows != table.rows()) {
      throw new BackupRefused(file.toString(), "loaded " + rows + " rows where the manifest says "
          + table.rows());
    }
    return rows;
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_schema()")) {
      row.next();
      return row.getString(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
