package stockassistant.domain.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One backup as its manifest describes it.
 *
 * @param name the directory's name, e.g. {@code backup-20240102T030000Z}
 * @param snapshotTime when the snapshot the backup holds was taken
 * @param schemaVersion the Flyway version of the schema the rows were in
 * @param verifiedAt when a check last passed on it (empty: never checked)
 */
public record Backup(String name, Path location, Instant snapshotTime, String schemaVersion,
    int tables, long rows, long bytes, Optional<Instant> verifiedAt) {

  public boolean verified() {
    return verifiedAt.isPresent();
  }
}
