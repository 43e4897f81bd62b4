package stockassistant.adapters.persistence.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import stockassistant.adapters.persistence.resilience.DatabaseGuard;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The unit of work: one MyBatis {@link SqlSession} (one pooled connection, autocommit off) per
 * use case. Committed when the work returns, rolled back when it throws, always closed.
 *
 * <p>The outermost transaction runs inside the {@link DatabaseGuard}, so a transient failure
 * retries the whole transaction, never half of one. Repository calls made inside an open
 * transaction join it; called on their own they open one, so every port call is guarded.
 */
public final class Transactions implements UnitOfWork {
  private final SqlSessionFactory sessions;
  private final DatabaseGuard guard;
  private final ThreadLocal<SqlSession> current = new ThreadLocal<>();

  public Transactions(SqlSessionFactory sessions, DatabaseGuard guard) {
    this.sessions = sessions;
    this.guard = guard;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return run(work, true);
  }

  /**
   * One read whose result is small and bounded (a key lookup, a page, a range of a few years of
   * one code): it runs in autocommit, one round trip, with no BEGIN/COMMIT around it. pgjdbc
   * then reads the whole result at once, which is why large or unbounded reads must use
   * {@link #readOnly} (a transaction, so the driver can stream with a cursor). Inside an open
   * transaction it joins that transaction.
   */
  public <T> T boundedRead(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    return guard.call(() -> {
      try (SqlSession session = sessions.openSession(ExecutorType.SIMPLE, true)) {
        current.set(session);
        try {
          return work.get();
        } finally {
          current.remove();
        }
      }
    });
  }

  /** The session of the transaction open on this thread. */
  public SqlSession session() {
    SqlSession session = current.get();
    if (session == null) {
      throw new IllegalStateException("no transaction is open on this thread");
    }
    return session;
  }

  public <M> M mapper(Class<M> type) {
    return session().getMapper(type);
  }

  public DatabaseGuard guard() {
    return guard;
  }

  private <T> T run(Supplier<T> work, boolean readOnly) {
    if (current.get() != null) {
      return work.get();
    }
    return guard.call(() -> once(work, readOnly));
  }

  private <T> T once(Supplier<T> work, boolean readOnly) {
    try (SqlSession session = sessions.openSession(ExecutorType.SIMPLE, false)) {
      if (readOnly) {
        markReadOnly(session.getConnection());
      }
      current.set(session);
      try {
        T result = work.get();
        session.commit(true);
        return result;
      } catch (RuntimeException | Error failure) {
        rollbackQuietly(session, failure);
        throw failure;
      } finally {
        current.remove();
      }
    }
  }

  private static void markReadOnly(Connection connection) {
    try {
      // Hikari restores the flag when the connection goes back to the pool
      connection.setReadOnly(true);
    } catch (SQLException failure) {
      throw new org.apache.ibatis.exceptions.PersistenceException(failure);
    }
  }

  private static void rollbackQuietly(SqlSession session, Throwable primary) {
    try {
      session.rollback(true);
    } catch (RuntimeException rollbackFailure) {
      // a dead connection cannot roll back; the server discards the transaction anyway
      primary.addSuppressed(rollbackFailure);
    }
  }
}
