package stockassistant.adapters.persistence.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.domain.DatabaseUnavailable;
import stockassistant.adapters.persistence.resilience.SqlFailures;
import stockassistant.domain.sync.SyncLock;

/**
 * One sync at a time across processes: a session-level PostgreSQL advisory lock, held on a
 * connection of its own (not a pooled one: a run holds it for hours, which the pool's leak
 * detection would rightly flag, and it must not be a PgBouncer transaction-mode connection, where
 * a session lock means nothing; the caller passes the direct target). A process killed with the
 * lock held loses its connection, and PostgreSQL releases the lock with it.
 */
public final class AdvisoryLock implements SyncLock {
  /** An arbitrary constant that names "the sync" among advisory locks ("stk-sync" in ASCII). */
  static final long KEY = 0x73746b2d73796e63L;
  private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
  private final DatabaseTarget target;
  private final PoolSettings settings;

  public AdvisoryLock(DatabaseTarget target, PoolSettings settings) {
    this.target = target;
    this.settings = settings;
  }

  @Override
  public Optional<Held> tryHold() {
    Connection connection = connect();
    try (PreparedStatement take = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      take.setLong(1, KEY);
      try (ResultSet result = take.executeQuery()) {
        result.next();
        if (result.getBoolean(1)) {
          return Optional.of(() -> release(connection));
        }
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException failure) {
      closeQuietly(connection);
      throw unavailable(failure);
    }
  }

  private Connection connect() {
    try {
      return DriverProperties.connect(target, settings, Direct.of("sync-lock"));
    } catch (SQLException failure) {
      throw unavailable(failure);
    }
  }

  private static void release(Connection connection) {
    // unlocked before the close returns: closing the session releases the lock too, but only
    // when the server has ended that backend, so a run right after could still find it held
    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException failure) {
      log.debug("Unlocking the sync lock failed (the close releases it): {}", failure.getMessage());
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException failure) {
      log.debug("Closing the sync lock's connection failed: {}", failure.getMessage());
    }
  }

  private static DatabaseUnavailable unavailable(SQLException failure) {
    log.info("The sync lock's connection failed: {}", failure.toString());
    return SqlFailures.unavailable(DatabaseUnavailable.Cause.CONNECTION_FAILED,
        java.time.Duration.ofSeconds(5));
  }
}
