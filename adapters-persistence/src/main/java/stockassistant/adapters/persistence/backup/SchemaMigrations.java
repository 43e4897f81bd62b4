package stockassistant.adapters.persistence.backup;

import java.util.List;

/**
 * The migrations of this release, as a restore needs them: build a schema at the version a
 * backup was made in, then bring it to this release's. Implemented over Flyway in bootstrap.
 */
public interface SchemaMigrations {

  /** Every version this release's migrations reach, oldest first. */
  List<String> versions();

  /** Migrates {@code schema} up to {@code version} (null: every migration of this release). */
  void migrate(String schema, String version);
}
