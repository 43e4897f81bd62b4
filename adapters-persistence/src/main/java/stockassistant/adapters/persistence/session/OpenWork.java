package stockassistant.adapters.persistence.session;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import stockassistant.domain.transaction.Db;

/**
 * What stands behind a {@link Db} handle: the unit of work's borrowed connection, and a MyBatis
 * session on it opened at the first mapper call (COPY and plain JDBC work never open one).
 * Repositories unwrap the handle they are given with {@link #of}; once the unit of work is over,
 * the handle is dead and any use of it fails.
 */
public final class OpenWork implements Db {
  private final Connection connection;
  private final SqlSessionFactory sessions;
  private SqlSession session;
  private volatile boolean over;

  OpenWork(Connection connection, SqlSessionFactory sessions) {
    this.connection = connection;
    this.sessions = sessions;
  }

  /** The open unit of work behind a handle; fails for a handle of another kind or a closed one. */
  public static OpenWork of(Db db) {
    if (!(db instanceof OpenWork work)) {
      throw new IllegalStateException("not a unit of work of this adapter: " + db);
    }
    if (work.over) {
      throw new IllegalStateException("the unit of work is over; its handle is dead");
    }
    return work;
  }

  public <M> M mapper(Class<M> type) {
    if (session == null) {
      session = sessions.openSession(connection);
    }
    return session.getMapper(type);
  }

  /** The JDBC connection, for COPY and statements MyBatis does not express. */
  public Connection connection() {
    return connection;
  }

  void commit() throws SQLException {
    if (session != null) {
      session.commit(true);
    } else {
      connection.commit();
    }
  }

  void rollback() throws SQLException {
    if (session != null) {
      session.rollback(true);
    } else {
      connection.rollback();
    }
  }

  /** Ends the handle and gives the connection back (closing the session closes it). */
  void close() throws SQLException {
    over = true;
    if (session != null) {
      session.close();
    } else {
      connection.close();
    }
  }
}
