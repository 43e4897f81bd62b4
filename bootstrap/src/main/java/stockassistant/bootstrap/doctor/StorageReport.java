package stockassistant.bootstrap.doctor;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;

/**
 * Doctor's view of space and of the embedded server's keeper: free space on the data
 * directory's disk (embedded), the database's size, and the last thing {@code serve}'s watch
 * recorded (a restart, or why it gave up). A low disk is reported, not failed: the service
 * still serves.
 */
public final class StorageReport {
  private StorageReport() {}

  /** With a started database. */
  public static void add(Map<String, Object> report, DatabaseRuntime database, AppConfig config) {
    database.embedded().ifPresent(server -> disk(report, server.dataDirectory(), config));
    try (Connection connection = DatabaseDiagnosis.connect(database.target(), config.pool());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
      rows.next();
      report.put("database_size_mb", rows.getLong(1) / 1048576);
    } catch (SQLException unanswered) {
      report.put("database_size_mb", "unknown (the database did not answer)");
    }
    supervision(report, config);
  }

  /** When the embedded server could not start: what the folder still tells. */
  public static void addWithoutServer(Map<String, Object> report, AppConfig config) {
    if (config.database().isEmpty()) {
      Path dataDir = DatabaseRuntime.embeddedRoot(config).resolve("pgdata");
      if (Files.isDirectory(dataDir)) {
        disk(report, dataDir, config);
      }
      supervision(report, config);
    }
  }

  private static void disk(Map<String, Object> report, Path dataDir, AppConfig config) {
    try {
      FileStore store = Files.getFileStore(dataDir);
      var disk = new LinkedHashMap<String, Object>();
      disk.put("filesystem", store.toString());
      disk.put("free_mb", store.getUsableSpace() / 1048576);
      disk.put("total_mb", store.getTotalSpace() / 1048576);
      disk.put("min_free_mb", config.store().minFreeBytes() / 1048576);
      boolean low = config.store().minFreeBytes() > 0
          && store.getUsableSpace() < config.store().minFreeBytes();
      disk.put("low", low);
      report.put("data_dir_disk", disk);
      if (low) {
        report.put("warning", "the data directory's disk has less free space than "
            + "STOCK_DISK_MIN_FREE_MB; PostgreSQL stops taking writes when it is full");
      }
    } catch (IOException unreadable) {
      report.put("data_dir_disk", "unreadable: " + unreadable.getMessage());
    }
  }

  private static void supervision(Map<String, Object> report, AppConfig config) {
    Path record = DatabaseRuntime.embeddedRoot(config).resolve(PostmasterWatch.STATUS_FILE);
    try {
      if (Files.exists(record)) {
        report.put("embedded_watch", Files.readString(record).strip());
      }
    } catch (IOException unreadable) {
      report.put("embedded_watch", "unreadable: " + unreadable.getMessage());
    }
  }
}
