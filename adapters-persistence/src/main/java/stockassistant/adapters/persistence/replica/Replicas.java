package stockassistant.adapters.persistence.replica;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.ConnectionPool;
import stockassistant.adapters.persistence.pool.ConnectionPools;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.PoolSettings;
import stockassistant.adapters.persistence.resilience.SqlFailures;

/**
 * The read replicas and the choice of one for a read: the next serving replica in turn, or none
 * (the primary serves). A read that finds its replica unreachable marks it down and is served by
 * the primary instead; the replica's failures never count against the primary's circuit breaker.
 *
 * <p>Metrics: {@code reads.served.primary}, {@code reads.served.<host:port>},
 * {@code reads.fallbacks}, and per replica {@code replica.<host:port>.lag_ms} (-1 when unknown)
 * and {@code replica.<host:port>.serving} (1 or 0); each replica's pool publishes Hikari's
 * metrics under {@code stock-assistant-read-<host:port>.pool.*}.
 */
public final class Replicas implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Replicas.class);
  private final List<Replica> replicas;
  private final ReplicaMonitor monitor;
  private final Counter primaryReads;
  private final Counter fallbacks;
  private final AtomicInteger next = new AtomicInteger();

  private Replicas(List<Replica> replicas, ReplicaMonitor monitor, MetricRegistry metrics) {
    this.replicas = List.copyOf(replicas);
    this.monitor = monitor;
    this.primaryReads = metrics.counter("reads.served.primary");
    this.fallbacks = metrics.counter("reads.fallbacks");
  }

  /** Opens a pool per replica and starts watching them. */
  public static Replicas open(String poolName, DatabaseTarget primary, ReplicaSettings settings,
      PoolSettings pool, MetricRegistry metrics) {
    if (settings.isEmpty()) {
      return new Replicas(List.of(), null, metrics);
    }
    var replicas = new ArrayList<Replica>();
    for (DatabaseTarget target : settings.replicas()) {
      String name = hostAndPort(target);
      ConnectionPool connections = ConnectionPools.create(poolName + "-read-" + name, target,
          pool, metrics);
      var replica = new Replica(name, target, connections,
          metrics.counter(MetricRegistry.name("reads.served", name)));
      metrics.register(MetricRegistry.name("replica", name, "lag_ms"),
          (Gauge<Long>) replica::lagMillis);
      metrics.register(MetricRegistry.name("replica", name, "serving"),
          (Gauge<Integer>) () -> replica.serves() ? 1 : 0);
      replicas.add(replica);
    }
    return new Replicas(replicas, new ReplicaMonitor(primary, replicas, pool, settings), metrics);
  }

  public List<Replica> all() {
    return replicas;
  }

  /** The replica that should serve the next read, or null for the primary. */
  public Replica pick() {
    int count = replicas.size();
    if (count == 0) {
      return null;
    }
    int start = Math.floorMod(next.getAndIncrement(), count);
    for (int i = 0; i < count; i++) {
      Replica replica = replicas.get((start + i) % count);
      if (replica.serves()) {
        return replica;
      }
    }
    return null;
  }

  public void servedBy(Replica replica) {
    replica.served();
  }

  public void servedByPrimary() {
    primaryReads.inc();
  }

  /**
   * Whether a read that failed on {@code replica} should be served by the primary: yes when the
   * replica cannot serve now (unreachable, shutting down, busy, or it cancelled the query for a
   * conflict with recovery); no when the primary would fail the same way (a timeout, bad SQL).
   */
  public boolean fallBack(Replica replica, RuntimeException failure) {
    SqlFailures.Kind kind = SqlFailures.classify(failure);
    switch (kind) {
      case CONNECTION_LOST, DATABASE_UNREACHABLE, SERVER_UNAVAILABLE -> {
        if (replica.markDown()) {
          log.warn("Read replica {} failed a read ({}); reads go to the primary until it answers "
              + "again", replica.name(), kind.name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      case POOL_EXHAUSTED, TRANSACTION_CONFLICT -> { }
      default -> {
        return false;
      }
    }
    fallbacks.inc();
    return true;
  }

  @Override
  public void close() {
    if (monitor != null) {
      monitor.close();
    }
    replicas.forEach(Replica::close);
  }

  private static String hostAndPort(DatabaseTarget target) {
    String rest = target.jdbcUrl().substring("jdbc:postgresql://".length());
    return rest.substring(0, rest.indexOf('/'));
  }
}
