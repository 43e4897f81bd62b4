package stockassistant.adapters.persistence.session;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import org.apache.ibatis.session.SqlSessionFactory;
import stockassistant.adapters.persistence.pool.ConnectionPool;
import stockassistant.adapters.persistence.replica.Replica;
import stockassistant.adapters.persistence.replica.Replicas;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.adapters.persistence.resilience.Deadline;
import stockassistant.adapters.persistence.resilience.SqlFailures;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The units of work: one pooled connection per use case, under a time budget, handed to the
 * work as an {@link OpenWork} handle (a MyBatis session opens on it at the first mapper call).
 * A write commits when the work returns and rolls back when it throws; a read runs each
 * statement in autocommit (one round trip, no BEGIN/COMMIT). The connection is always given
 * back, or evicted when the {@link Watchdog} had to act on it; the handle is dead after that.
 *
 * <p>Each attempt runs inside the {@link DatabaseGuard}, so a transient failure retries the whole
 * unit of work, never half of one, within the same deadline. Repositories get the handle as
 * their first argument and reach the connection through {@link OpenWork#of}.
 *
 * <p>A {@link #read} goes to a serving read replica when there is one: a single attempt, outside
 * the primary's guard; when the replica cannot serve it (unreachable, busy) the same read runs on
 * the primary within what is left of the budget. Writes and {@link #readFresh} always go to the
 * primary.
 */
public final class PooledUnitOfWork implements UnitOfWork, AutoCloseable {
  /**
   * The longest a read waits for a replica's connection before the primary serves it instead: a
   * busy replica spills over, and a replica that just died costs a read this much at most.
   */
  private static final Duration REPLICA_WAIT = Duration.ofMillis(500);
  private final SqlSessionFactory sessions;
  private final ConnectionPool pool;
  private final DatabaseGuard guard;
  private final Budgets budgets;
  private final Duration connectionTimeout;
  private final MetricRegistry metrics;
  private final Replicas replicas;
  /** One per pool: an abort retires the idle connections of the pool it came from. */
  private final Map<ConnectionPool, Watchdog> watchdogs = new IdentityHashMap<>();

  public PooledUnitOfWork(SqlSessionFactory sessions, ConnectionPool pool, DatabaseGuard guard,
      Budgets budgets, Duration connectionTimeout, MetricRegistry metrics, Replicas replicas) {
    this.sessions = sessions;
    this.pool = pool;
    this.guard = guard;
    this.budgets = budgets;
    this.connectionTimeout = connectionTimeout;
    this.metrics = metrics;
    this.replicas = replicas;
    watchdogs.put(pool, new Watchdog(pool::evictAll));
    for (Replica replica : replicas.all()) {
      watchdogs.put(replica.pool(), new Watchdog(replica.pool()::evictAll));
    }
  }

  @Override
  public <T> T write(String useCase, Function<Db, T> work) {
    return run(useCase, budgets.write(), Kind.WRITE, work);
  }

  @Override
  public <T> T bulkWrite(String useCase, Function<Db, T> work) {
    return run(useCase, budgets.bulk(), Kind.WRITE, work);
  }

  @Override
  public <T> T read(String useCase, Function<Db, T> work) {
    return run(useCase, budgets.read(), Kind.READ, work);
  }

  @Override
  public <T> T readFresh(String useCase, Function<Db, T> work) {
    return run(useCase, budgets.read(), Kind.FRESH_READ, work);
  }

  /**
   * A fresh read under its own, shorter budget than a request's: a health probe, which must
   * answer (yes or no) well before the next one is due, and never hold a retry for seconds.
   */
  public <T> T probe(String useCase, Duration budget, Function<Db, T> work) {
    return run(useCase, budget, Kind.PROBE, work);
  }

  public DatabaseGuard guard() {
    return guard;
  }

  @Override
  public void close() {
    watchdogs.values().forEach(Watchdog::close);
  }

  /** PROBE: a fresh read that is no caller's read (not counted in reads.served.primary). */
  private enum Kind { WRITE, READ, FRESH_READ, PROBE }

  private <T> T run(String useCase, Duration budget, Kind kind, Function<Db, T> work) {
    Deadline deadline = Deadline.after(budget);
    boolean autocommit = kind != Kind.WRITE;
    // database time only: what the caller does with the result afterwards is not counted
    try (Timer.Context ignored = metrics.timer(MetricRegistry.name("usecase", useCase)).time()) {
      Replica replica = kind == Kind.READ ? replicas.pick() : null;
      if (replica != null) {
        try {
          T result = attempt(replica.pool(), REPLICA_WAIT, useCase, deadline, true, work);
          replicas.servedBy(replica);
          return result;
        } catch (RuntimeException failure) {
          if (!replicas.fallBack(replica, failure)) {
            // a timeout or a bug: the primary would fail the same way (no Retry-After in these)
            throw SqlFailures.toDomain(failure, Duration.ZERO);
          }
        }
      }
      T result = guard.call(deadline,
          () -> attempt(pool, connectionTimeout, useCase, deadline, autocommit, work));
      if (autocommit && kind != Kind.PROBE) {
        replicas.servedByPrimary();
      }
      return result;
    }
  }

  private <T> T attempt(ConnectionPool from, Duration maxWait, String useCase, Deadline deadline,
      boolean autocommit, Function<Db, T> work) {
    Connection connection = borrow(from, maxWait, deadline);
    Watchdog.Watch watch = watchdogs.get(from).watch(connection, deadline, useCase);
    var open = new OpenWork(connection, sessions);
    try {
      connection.setAutoCommit(autocommit);
      if (!autocommit) {
        from.beginTransaction(connection);
        endOrphanedBy(connection, deadline);
      }
      T result = work.apply(open);
      if (!autocommit) {
        open.commit();
      }
      return result;
    } catch (SQLException failure) {
      rollbackQuietly(open, autocommit, failure);
      throw new PersistenceFailure("database call failed", failure);
    } catch (RuntimeException | Error failure) {
      rollbackQuietly(open, autocommit, failure);
      throw failure;
    } finally {
      if (watch.closeAndReportFired()) {
        from.evict(connection);
      }
      closeQuietly(open);
    }
  }

  /**
   * The server ends this transaction when it idles past what is left of the budget. The watchdog
   * gives up on the client side at the budget, but a link lost without a word leaves the server
   * side idle in the transaction, holding its locks, for as long as the link looks open (forever
   * behind a NAT or proxy that dropped it silently). Every write to stock_daily takes the one
   * table_version row (V8), so such an orphan blocked every later write; no live unit of work
   * idles that long, its watchdog has ended it by then.
   */
  private static void endOrphanedBy(Connection connection, Deadline deadline) throws SQLException {
    long millis = Math.max(1_000, deadline.remaining().toMillis());
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL idle_in_transaction_session_timeout = " + millis);
    }
  }

  private static Connection borrow(ConnectionPool from, Duration maxWait, Deadline deadline) {
    Duration wait = deadline.remaining();
    try {
      return from.borrow(wait.compareTo(maxWait) < 0 ? wait : maxWait);
    } catch (SQLException failure) {
      throw new PersistenceFailure("no connection", failure);
    }
  }

  private static void rollbackQuietly(OpenWork open, boolean autocommit, Throwable primary) {
    if (autocommit) {
      return;
    }
    try {
      open.rollback();
    } catch (RuntimeException | SQLException rollbackFailure) {
      // a dead connection cannot roll back; the server discards the transaction anyway
      primary.addSuppressed(rollbackFailure);
    }
  }

  /** Gives the connection back to the pool. */
  private static void closeQuietly(OpenWork open) {
    try {
      open.close();
    } catch (RuntimeException | SQLException closeFailure) {
      // nothing more to do: the pool replaces connections it cannot take back
    }
  }
}
