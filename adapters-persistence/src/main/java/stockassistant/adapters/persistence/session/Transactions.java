package stockassistant.adapters.persistence.session;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import stockassistant.adapters.persistence.pool.ConnectionPool;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.adapters.persistence.resilience.Deadline;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The units of work: one pooled connection and one MyBatis {@link SqlSession} per use case,
 * under a time budget. A write commits when the work returns and rolls back when it throws; a
 * read runs each statement in autocommit (one round trip, no BEGIN/COMMIT). The connection is
 * always given back, or evicted when the {@link Watchdog} had to act on it.
 *
 * <p>Each attempt runs inside the {@link DatabaseGuard}, so a transient failure retries the whole
 * unit of work, never half of one, within the same deadline. Repositories reach the open session
 * through {@link #mapper} and {@link #connection}; outside a unit of work they fail.
 */
public final class Transactions implements UnitOfWork, AutoCloseable {
  private final SqlSessionFactory sessions;
  private final ConnectionPool pool;
  private final DatabaseGuard guard;
  private final Budgets budgets;
  private final Duration connectionTimeout;
  private final MetricRegistry metrics;
  private final Watchdog watchdog;
  private final ThreadLocal<SqlSession> current = new ThreadLocal<>();

  public Transactions(SqlSessionFactory sessions, ConnectionPool pool, DatabaseGuard guard,
      Budgets budgets, Duration connectionTimeout, MetricRegistry metrics) {
    this.sessions = sessions;
    this.pool = pool;
    this.guard = guard;
    this.budgets = budgets;
    this.connectionTimeout = connectionTimeout;
    this.metrics = metrics;
    this.watchdog = new Watchdog(pool::evictAll);
  }

  @Override
  public <T> T write(String useCase, Supplier<T> work) {
    return run(useCase, budgets.write(), false, work);
  }

  @Override
  public <T> T bulkWrite(String useCase, Supplier<T> work) {
    return run(useCase, budgets.bulk(), false, work);
  }

  @Override
  public <T> T read(String useCase, Supplier<T> work) {
    return run(useCase, budgets.read(), true, work);
  }

  /** The session of the unit of work open on this thread. */
  public SqlSession session() {
    SqlSession session = current.get();
    if (session == null) {
      throw new IllegalStateException("no unit of work is open on this thread");
    }
    return session;
  }

  public <M> M mapper(Class<M> type) {
    return session().getMapper(type);
  }

  /** The JDBC connection of the open unit of work, for COPY. */
  public Connection connection() {
    return session().getConnection();
  }

  public DatabaseGuard guard() {
    return guard;
  }

  @Override
  public void close() {
    watchdog.close();
  }

  private <T> T run(String useCase, Duration budget, boolean autocommit, Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException(useCase + " opened a unit of work inside another one");
    }
    Deadline deadline = Deadline.after(budget);
    // database time only: what the caller does with the result afterwards is not counted
    try (Timer.Context ignored = metrics.timer(MetricRegistry.name("usecase", useCase)).time()) {
      return guard.call(deadline, () -> attempt(useCase, deadline, autocommit, work));
    }
  }

  private <T> T attempt(String useCase, Deadline deadline, boolean autocommit, Supplier<T> work) {
    Connection connection = borrow(deadline);
    Watchdog.Watch watch = watchdog.watch(connection, deadline, useCase);
    SqlSession session = null;
    try {
      connection.setAutoCommit(autocommit);
      if (!autocommit) {
        pool.beginTransaction(connection);
      }
      session = sessions.openSession(connection);
      current.set(session);
      T result = work.get();
      if (!autocommit) {
        session.commit(true);
      }
      return result;
    } catch (SQLException failure) {
      throw new PersistenceException("database call failed", failure);
    } catch (RuntimeException | Error failure) {
      rollbackQuietly(session, autocommit, failure);
      throw failure;
    } finally {
      current.remove();
      if (watch.closeAndReportFired()) {
        pool.evict(connection);
      }
      closeQuietly(session, connection);
    }
  }

  private Connection borrow(Deadline deadline) {
    Duration wait = deadline.remaining();
    try {
      return pool.borrow(wait.compareTo(connectionTimeout) < 0 ? wait : connectionTimeout);
    } catch (SQLException failure) {
      throw new PersistenceException("no connection", failure);
    }
  }

  private static void rollbackQuietly(SqlSession session, boolean autocommit, Throwable primary) {
    if (autocommit || session == null) {
      return;
    }
    try {
      session.rollback(true);
    } catch (RuntimeException rollbackFailure) {
      // a dead connection cannot roll back; the server discards the transaction anyway
      primary.addSuppressed(rollbackFailure);
    }
  }

  /** Closing the session gives the connection back to the pool. */
  private static void closeQuietly(SqlSession session, Connection connection) {
    try {
      if (session != null) {
        session.close();
      } else {
        connection.close();
      }
    } catch (RuntimeException | SQLException closeFailure) {
      // nothing more to do: the pool replaces connections it cannot take back
    }
  }
}
