package stockassistant.adapters.persistence.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.adapters.persistence.pool.Direct;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.adapters.persistence.pool.PoolSettings;

/**
 * Keeps each replica's state current: samples the primary's WAL position and asks each replica
 * what it has replayed, every check interval, each on a connection of its own outside the pools
 * (so a saturated pool cannot blind it, and a hung replica delays only its own probe).
 */
final class ReplicaMonitor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);
  /** A probe that takes longer than this counts as a replica that does not answer. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final ScheduledExecutorService probes;
  private final List<Probe> connections = new java.util.ArrayList<>();
  private final LagClock clock = new LagClock();
  private final Duration maxLag;

  ReplicaMonitor(DatabaseTarget primary, List<Replica> replicas, PoolSettings pool,
      ReplicaSettings settings) {
    this.maxLag = settings.maxLag();
    this.probes = Executors.newScheduledThreadPool(replicas.size() + 1, runnable -> {
      Thread thread = new Thread(runnable, "replica-probe");
      thread.setDaemon(true);
      return thread;
    });
    long every = settings.checkInterval().toMillis();
    var primaryProbe = new Probe(primary, pool);
    connections.add(primaryProbe);
    probes.scheduleWithFixedDelay(() -> samplePrimary(primaryProbe), 0, every, TimeUnit.MILLISECONDS);
    for (Replica replica : replicas) {
      var probe = new Probe(replica.target(), pool);
      connections.add(probe);
      probes.scheduleWithFixedDelay(() -> check(replica, probe), 0, every, TimeUnit.MILLISECONDS);
    }
  }

  private void samplePrimary(Probe primary) {
    try {
      long lsn = primary.singleLong("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint");
      clock.primaryAt(System.nanoTime(), lsn);
    } catch (SQLException | RuntimeException unanswered) {
      // no sample: replicas are then judged on the positions already known
    }
  }

  private void check(Replica replica, Probe probe) {
    long started = System.nanoTime();
    Replica.State before = replica.state();
    try {
      Position position = probe.replayed();
      if (!position.inRecovery()) {
        replica.probed(started, Replica.State.NOT_A_STANDBY, null);
      } else {
        Optional<Duration> lag = clock.lagOf(position.replayedLsn(), System.nanoTime());
        boolean fresh = lag.isPresent() && lag.get().compareTo(maxLag) <= 0;
        replica.probed(started, fresh ? Replica.State.SERVING : Replica.State.LAGGING, lag.orElse(null));
      }
    } catch (SQLException | RuntimeException unanswered) {
      replica.probed(started, Replica.State.DOWN, null);
    }
    if (replica.state() != before) {
      log.info("Read replica {} is now {} (lag {} ms)", replica.name(), replica.state().label(),
          replica.lagMillis());
    }
  }

  @Override
  public void close() {
    probes.shutdownNow();
    try {
      probes.awaitTermination(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    connections.forEach(Probe::reset);
  }

  private record Position(boolean inRecovery, long replayedLsn) {}

  /** One connection to one server, opened again after any failure. Used by one thread only. */
  private static final class Probe {
    private final DatabaseTarget target;
    private final PoolSettings pool;
    private Connection connection;

    Probe(DatabaseTarget target, PoolSettings pool) {
      this.target = target;
      this.pool = pool;
    }

    long singleLong(String sql) throws SQLException {
      try (Statement statement = connection().createStatement();
          ResultSet row = statement.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      } catch (SQLException | RuntimeException failure) {
        reset();
        throw failure;
      }
    }

    Position replayed() throws SQLException {
      try (Statement statement = connection().createStatement();
          ResultSet row = statement.executeQuery("SELECT pg_is_in_recovery(), "
              + "(pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint")) {
        row.next();
        return new Position(row.getBoolean(1), row.getLong(2));
      } catch (SQLException | RuntimeException failure) {
        reset();
        throw failure;
      }
    }

    private Connection connection() throws SQLException {
      if (connection == null) {
        connection = DriverProperties.connect(target, pool, Direct.of("probe").within(PROBE_TIMEOUT));
      }
      return connection;
    }

    private void reset() {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // a broken connection; a new one is opened on the next probe
        }
        connection = null;
      }
    }
  }
}
