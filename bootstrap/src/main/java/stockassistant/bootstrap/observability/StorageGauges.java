package stockassistant.bootstrap.observability;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import stockassistant.bootstrap.health.StorageHealthCheck;

/**
 * Space as gauges, in /metrics, Prometheus ({@code stock_assistant_data_dir_free_bytes},
 * {@code stock_assistant_database_size_bytes}) and JMX. Free space is read when asked (one
 * statvfs); the database size is the storage check's last sample.
 */
public final class StorageGauges {
  public static final String FREE = "storage.data_dir.free_bytes";
  public static final String DATABASE_SIZE = "storage.database.size_bytes";

  private StorageGauges() {}

  public static void register(MetricRegistry metrics, StorageHealthCheck storage) {
    if (storage.freeBytes() >= 0) {
      metrics.register(FREE, (Gauge<Long>) storage::freeBytes);
    }
    metrics.register(DATABASE_SIZE, (Gauge<Long>) storage::databaseBytes);
  }
}
