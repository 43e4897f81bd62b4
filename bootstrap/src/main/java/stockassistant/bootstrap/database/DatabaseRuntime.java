package stockassistant.bootstrap.database;

import java.nio.file.Path;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import stockassistant.adapters.persistence.embedded.PostmasterWatch;
import stockassistant.adapters.persistence.embedded.RestartPolicy;
import stockassistant.adapters.persistence.secrets.OwnerOnlyFiles;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * The database this process talks to: the configured one, or the embedded default started
 * under STOCK_DATA_DIR (and stopped again on close, so no postgres process outlives us).
 * STOCK_DATA_DIR is kept owner-only (0700); one other users can write is refused.
 */
public final class DatabaseRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DatabaseRuntime.class);

  private final DatabaseTarget target;
  private final EmbeddedPostgresServer embedded;
  private PostmasterWatch watch;

  private DatabaseRuntime(DatabaseTarget target, EmbeddedPostgresServer embedded) {
    this.target = target;
    this.embedded = embedded;
  }

  public static DatabaseRuntime start(AppConfig config) {
    if (config.database().isPresent()) {
      return new DatabaseRuntime(config.database().get(), null);
    }
    Path dataDir = OwnerOnlyFiles.secureDirectory(config.dataDirectory(), "STOCK_DATA_DIR");
    Path root = embeddedRoot(config);
    log.info("No database configured; using the embedded PostgreSQL under {}", root);
    // after a crash PostgreSQL syncs the data directory before replaying the WAL; syncfs does
    // it in one call instead of an fsync per file (seconds on a busy disk)
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(root,
        Map.of("recovery_init_sync_method", "syncfs"));
    return new DatabaseRuntime(new DatabaseTarget(server.jdbcUrl(),
        EmbeddedPostgresServer.SUPERUSER, server.password()), server);
  }

  /** Where the embedded server's files (binaries, data, log) live under STOCK_DATA_DIR. */
  public static Path embeddedRoot(AppConfig config) {
    return config.dataDirectory().resolve("postgres");
  }

  /**
   * Restarts the embedded server whenever it dies ({@code serve} only: a one-shot command fails
   * and is run again). Does nothing for a configured database, which has its own keeper.
   */
  public synchronized Optional<PostmasterWatch> supervise(RestartPolicy policy,
      MetricRegistry metrics) {
    if (embedded != null && watch == null) {
      watch = PostmasterWatch.start(embedded, policy, metrics);
    }
    return Optional.ofNullable(watch);
  }

  /** The watch of {@link #supervise}, once started. */
  public synchronized Optional<PostmasterWatch> watch() {
    return Optional.ofNullable(watch);
  }

  /** The embedded server; empty for a configured database. */
  public Optional<EmbeddedPostgresServer> embedded() {
    return Optional.ofNullable(embedded);
  }

  public DatabaseTarget target() {
    return target;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    if (watch != null) {
      watch.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
