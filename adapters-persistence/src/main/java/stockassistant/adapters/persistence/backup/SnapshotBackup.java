package stockassistant.adapters.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import org.postgresql.PGConnection;
import stockassistant.domain.backup.BackupProgress;

/**
 * Writes a backup while the service keeps serving and writing. One connection opens a
 * repeatable-read, read-only transaction and exports its snapshot; each worker imports that
 * snapshot on a connection of its own and streams whole tables with binary COPY, so every file
 * holds the same instant of the store: a transaction committed before it entirely, one after it
 * not at all. The coordinator's transaction stays open until the last worker is done.
 */
final class SnapshotBackup {
  private final DirectConnections connections;
  private final int workers;

  SnapshotBackup(DirectConnections connections, int workers) {
    this.connections = connections;
    this.workers = workers;
  }

  /** The manifest of a backup written whole into {@code into}. */
  Manifest write(Path into, BackupProgress progress) throws SQLException, IOException {
    try (Connection coordinator = connections.open("backup")) {
      execute(coordinator, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      String snapshot;
      Instant time;
      String schema;
      try (Statement statement = coordinator.createStatement();
          ResultSet row = statement.executeQuery(
              "SELECT pg_export_snapshot(), clock_timestamp(), current_schema()")) {
        row.next();
        snapshot = row.getString(1);
        time = row.getTimestamp(2).toInstant();
        schema = row.getString(3);
      }
      String version = SchemaHistory.current(coordinator, schema);
      if (version == null) {
        throw new IllegalStateException("the database has no schema to back up (no Flyway "
            + "history in schema " + schema + "): run ./stock-assistant migrate first");
      }
      List<TableCatalog.TableShape> tables = TableCatalog.tables(coordinator, schema);
      progress.begin("backup", estimatedBytes(coordinator, schema, tables));
      List<Manifest.Table> written = copyAll(snapshot, schema, tables, into, progress);
      execute(coordinator, "COMMIT");
      progress.end();
      return new Manifest(Manifest.FORMAT, "stock-assistant", version, time.toString(),
          Manifest.ZSTD, written);
    }
  }

  private List<Manifest.Table> copyAll(String snapshot, String schema,
      List<TableCatalog.TableShape> tables, Path into, BackupProgress progress)
      throws SQLException, IOException {
    var queue = new ConcurrentLinkedQueue<TableCatalog.TableShape>(tables);
    int threads = Math.max(1, Math.min(workers, tables.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "backup-copy");
      thread.setDaemon(true);
      return thread;
    });
    var results = new java.util.concurrent.ConcurrentHashMap<String, Manifest.Table>();
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(() -> {
          try (Connection worker = connections.open("backup")) {
            execute(worker, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            execute(worker, "SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
            for (var table = queue.poll(); table != null; table = queue.poll()) {
              results.put(table.name(), copyOut(worker, schema, table, into, progress));
            }
            execute(worker, "COMMIT");
          }
          return null;
        }));
      }
      for (Future<Void> each : running) {
        each.get();
      }
    } catch (ExecutionException failed) {
      queue.clear();
      Throwable cause = failed.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("backup interrupted", interrupted);
    } finally {
      pool.shutdownNow();
    }
    return tables.stream().map(table -> results.get(table.name())).toList();
  }

  private static Manifest.Table copyOut(Connection connection, String schema,
      TableCatalog.TableShape table, Path into, BackupProgress progress)
      throws SQLException, IOException {
    String file = fileName(table.name());
    String columns = TableCatalog.columnList(table.columns());
    String source = TableCatalog.qualified(schema, table.name());
    // a partitioned table has no rows of its own to COPY: read it through a query
    String sql = table.partitioned()
        ? "COPY (SELECT " + columns + " FROM " + source + ") TO STDOUT (FORMAT binary)"
        : "COPY " + source + " (" + columns + ") TO STDOUT (FORMAT binary)";
    long rows;
    var writer = new CompressedFiles.Writer(into.resolve(file), progress::advance);
    try (writer) {
      rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, writer.stream());
    }
    return new Manifest.Table(table.name(), table.columns(), file, rows,
        Files.size(into.resolve(file)), writer.sha256());
  }

  /** A file name from a table name: letters, digits and underscores only. */
  static String fileName(String table) {
    return table.replaceAll("[^A-Za-z0-9_]", "_") + CompressedFiles.SUFFIX;
  }

  private static long estimatedBytes(Connection connection, String schema,
      List<TableCatalog.TableShape> tables) throws SQLException {
    long total = 0;
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT pg_relation_size(to_regclass(?))")) {
      for (TableCatalog.TableShape table : tables) {
        statement.setString(1, TableCatalog.qualified(schema, table.name()));
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          total += row.getLong(1);
        }
      }
    }
    return total;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
