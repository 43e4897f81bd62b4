package stockassistant.bootstrap.health;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.annotation.Async;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.adapters.persistence.session.PooledUnitOfWork;

/**
 * Space as a figure: the free space of the embedded data directory's filesystem (a statvfs, read
 * every second) and the database's size ({@code pg_database_size}, every
 * {@value #SIZE_EVERY_MS} ms). Below {@code STOCK_DISK_MIN_FREE_MB} readiness stays ready but
 * says "degraded", and the log warns once per crossing, before PostgreSQL fails for want of it.
 * Never unready by itself: a full disk still serves reads.
 */
@Async(period = 1, healthyTtl = 30, unit = TimeUnit.SECONDS,
    scheduleType = Async.ScheduleType.FIXED_DELAY)
public final class StorageHealthCheck extends HealthCheck {
  static final long SIZE_EVERY_MS = 15_000;
  public static final String FREE_GAUGE = "storage.data_dir.free_bytes";
  public static final String SIZE_GAUGE = "storage.database.size_bytes";
  private static final Logger log = LoggerFactory.getLogger(StorageHealthCheck.class);

  private final Optional<Path> dataDir;
  private final PooledUnitOfWork transactions;
  private final long minFreeBytes;
  private volatile long databaseBytes = -1;
  private volatile long sizedAt;
  private boolean warned;

  /** {@code dataDir}: the embedded data directory; empty for a configured database. */
  public StorageHealthCheck(Optional<Path> dataDir, PooledUnitOfWork transactions, long minFreeBytes) {
    this.dataDir = dataDir;
    this.transactions = transactions;
    this.minFreeBytes = minFreeBytes;
  }

  /** Bytes we may still use on the data directory's filesystem; -1 without one (or unreadable). */
  public long freeBytes() {
    return dataDir.map(StorageHealthCheck::usableBytes).orElse(-1L);
  }

  /** The database's size at the last sample; -1 until one succeeded. */
  public long databaseBytes() {
    return databaseBytes;
  }

  @Override
  protected Result check() {
    if (System.currentTimeMillis() - sizedAt >= SIZE_EVERY_MS) {
      sampleSize();
    }
    long free = freeBytes();
    boolean low = minFreeBytes > 0 && free >= 0 && free < minFreeBytes;
    warnOnCrossing(low, free);
    String message = free < 0 ? "database size " + mb(databaseBytes)
        : (low ? "degraded: " : "") + mb(free) + " free on the data directory's disk"
            + (low ? ", under STOCK_DISK_MIN_FREE_MB (" + mb(minFreeBytes) + ")" : "")
            + "; database " + mb(databaseBytes);
    ResultBuilder result = Result.builder().healthy().withMessage(message)
        .withDetail("degraded", low)
        .withDetail("database_size_bytes", databaseBytes);
    if (free >= 0) {
      result.withDetail("data_dir_free_bytes", free).withDetail("min_free_bytes", minFreeBytes);
    }
    return result.build();
  }

  private void warnOnCrossing(boolean low, long free) {
    if (low && !warned) {
      log.warn("Only {} free on the embedded data directory's disk ({}), under "
          + "STOCK_DISK_MIN_FREE_MB ({}); PostgreSQL stops taking writes when it is full. "
          + "Free space or grow the disk", mb(free), dataDir.orElseThrow(), mb(minFreeBytes));
    } else if (!low && warned) {
      log.info("Free space on the data directory's disk is back over STOCK_DISK_MIN_FREE_MB: {}",
          mb(free));
    }
    warned = low;
  }

  private void sampleSize() {
    sizedAt = System.currentTimeMillis();
    try {
      databaseBytes = transactions.readFresh("Storage.databaseSize", this::queryDatabaseSize);
    } catch (RuntimeException unavailable) {
      // keep the last figure: the database check says whether it answers
    }
  }

  private long queryDatabaseSize(Db db) {
    try (Statement statement = OpenWork.of(db).connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException failure) {
      throw new PersistenceFailure("database size unavailable", failure);
    }
  }

  private static long usableBytes(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException unreadable) {
      return -1;
    }
  }

  static String mb(long bytes) {
    return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
