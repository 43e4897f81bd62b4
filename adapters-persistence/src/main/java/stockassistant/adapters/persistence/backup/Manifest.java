package stockassistant.adapters.persistence.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import stockassistant.domain.backup.BackupRefused;

/**
 * {@code manifest.json}: what a backup holds and how to check it. Written last, so a directory
 * with a manifest has every file it names. {@link #FORMAT} goes up only when an older release
 * could not read the new layout; a newer format is refused rather than half understood.
 *
 * @param schemaVersion the Flyway version the rows were in: a restore builds that schema first
 */
record Manifest(int format, String createdBy, String schemaVersion, String snapshotTime,
    String compression, List<Table> tables) {
  static final int FORMAT = 1;
  static final String FILE = "manifest.json";
  static final String ZSTD = "zstd";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One table's file. Binary COPY is tied to column types, so the columns are kept with their
   * types and a restore copies by this list, whatever order the target's columns are in.
   */
  record Table(String name, List<Column> columns, String file, long rows, long bytes,
      String sha256) {}

  record Column(String name, String type) {}

  /** When the snapshot was taken (an ISO-8601 instant in the file). */
  Instant snapshotInstant() {
    return Instant.parse(snapshotTime);
  }

  long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }

  long bytes() {
    return tables.stream().mapToLong(Table::bytes).sum();
  }

  byte[] toJson() {
    try {
      return JSON.writerFor(Manifest.class).writeValueAsBytes(this);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Reads and checks a backup's manifest; every problem names the file. */
  static Manifest read(Path backup) {
    Path file = backup.resolve(FILE);
    String subject = file.toString();
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException missing) {
      throw new BackupRefused(subject, "missing: not a complete backup (a backup that was "
          + "interrupted has no manifest)");
    } catch (IOException unreadable) {
      throw new BackupRefused(subject, "unreadable or not JSON (" + unreadable.getMessage()
          .lines().findFirst().orElse("") + ")");
    }
    if (tree == null || !tree.path("format").canConvertToInt()) {
      throw new BackupRefused(subject, "has no format version: not a stock-assistant backup");
    }
    int format = tree.get("format").asInt();
    if (format > FORMAT) {
      throw new BackupRefused(subject, "format version " + format + " is newer than this release "
          + "reads (" + FORMAT + "): restore it with the release that made it, or a newer one");
    }
    if (format < 1) {
      throw new BackupRefused(subject, "format version " + format + " is not one of ours");
    }
    Manifest manifest;
    try {
      manifest = JSON.treeToValue(tree, Manifest.class);
    } catch (JsonProcessingException malformed) {
      throw new BackupRefused(subject, "malformed: " + malformed.getOriginalMessage());
    } catch (IllegalArgumentException malformed) {
      throw new BackupRefused(subject, "malformed: " + malformed.getMessage());
    }
    manifest.check(subject);
    try {
      manifest.snapshotInstant();
    } catch (DateTimeParseException malformed) {
      throw new BackupRefused(subject, "malformed snapshot_time '" + manifest.snapshotTime() + "'");
    }
    return manifest;
  }

  private void check(String subject) {
    if (schemaVersion == null || schemaVersion.isBlank() || snapshotTime == null
        || tables == null) {
      throw new BackupRefused(subject, "malformed: schema_version, snapshot_time and tables are "
          + "required");
    }
    if (!ZSTD.equals(compression)) {
      throw new BackupRefused(subject, "compression '" + compression + "' is not one this "
          + "release reads (" + ZSTD + ")");
    }
    for (Table table : tables) {
      if (table.name() == null || table.file() == null || table.sha256() == null
          || table.columns() == null || table.columns().isEmpty() || table.rows() < 0
          || table.bytes() < 0 || table.file().contains("/") || table.file().startsWith(".")) {
        throw new BackupRefused(subject, "malformed entry for table " + table.name());
      }
    }
  }
}
