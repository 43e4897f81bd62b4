package stockassistant.adapters.persistence.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.adapters.persistence.resilience.SqlFailures;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import stockassistant.adapters.persistence.citus.CitusCluster;

/**
 * The bulk upsert, on the connection of the open transaction (so a call commits or rolls back as
 * one). When none of the rows is stored yet (a backfill, a new trading day), rows are COPYed
 * straight into the table, at the speed of COPY itself; should a key exist after all, that
 * attempt fails whole on the unique key and rolls back to a savepoint. Otherwise rows are COPYed
 * into a temporary staging table and merged with one {@code INSERT ... SELECT ... ON CONFLICT DO
 * UPDATE}.
 *
 * <p>Plain PostgreSQL: a probe of the batch's first and last keys decides, so a re-sent batch
 * goes to the merge without a wasted COPY. Citus coordinator: no probe, because Citus 13.2 commits
 * a COPY into a distributed table without two-phase commit on a worker connection the same
 * transaction already read through (that worker gets a plain COMMIT after the coordinator's; if
 * it fails there the client has its success and that worker's rows are gone). So the COPY goes
 * straight into the table only while the transaction has reached no worker yet (every COPY
 * connection is then a new one, which Citus PREPAREs); a failed attempt is rolled back and the
 * merge ({@code INSERT ... SELECT}, always two-phase) takes the batch. CitusAtomicWritesIT shows
 * both.
 */
final class StagedCopy {
  private static final int COPY_BUFFER_BYTES = 1 << 16;

  private StagedCopy() {}

  /**
   * Writes the rows {@code writeRows} produces (already de-duplicated by key); {@code probeKeys}
   * are the key values of the first and last row. Returns the number of rows now as given.
   */
  static int upsert(Connection connection, MetricTable<?> sql, List<List<Object>> probeKeys,
      int rows, Consumer<CopyRowWriter> writeRows) {
    try {
      boolean citus = CitusCluster.isCoordinator(connection);
      if (mayCopyDirectly(connection, citus, sql, probeKeys)
          && copiedDirectly(connection, citus, sql, writeRows)) {
        return rows;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql.createStage());
      }
      copy(connection, sql.copyIntoStage(), sql.columns().size(), writeRows);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(sql.mergeStage());
      }
      return rows;
    } catch (SQLException failure) {
      throw new PersistenceFailure("bulk upsert failed", failure);
    }
  }

  private static boolean mayCopyDirectly(Connection connection, boolean citus, MetricTable<?> sql,
      List<List<Object>> probeKeys) throws SQLException {
    if (!citus) {
      return !anyExists(connection, sql, probeKeys);
    }
    if (!CitusCluster.noWorkerReachedYet(connection)) {
      return false;
    }
    CitusCluster.oneConnectionPerWorker(connection);
    return true;
  }

  private static boolean anyExists(Connection connection, MetricTable<?> sql, List<List<Object>> keys)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql.anyKeyExists(keys.size()))) {
      int index = 1;
      for (List<Object> key : keys) {
        for (Object value : key) {
          statement.setObject(index++, value);
        }
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /**
   * The COPY straight into the table, under a savepoint; false when it met a stored key (on
   * Citus: any shard's COPY error, which Citus reports without its state) and was rolled back.
   */
  private static boolean copiedDirectly(Connection connection, boolean citus, MetricTable<?> sql,
      Consumer<CopyRowWriter> writeRows) throws SQLException {
    Savepoint beforeCopy = connection.setSavepoint();
    try {
      copy(connection, sql.copyIntoTable(), sql.columns().size(), writeRows);
      connection.releaseSavepoint(beforeCopy);
      return true;
    } catch (PersistenceFailure failure) {
      if (!SqlFailures.isUniqueViolation(failure)
          && !(citus && SqlFailures.isCitusShardCopyError(failure))) {
        throw failure;
      }
      try {
        connection.rollback(beforeCopy);
      } catch (SQLException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
        throw failure; // the transaction is lost: the COPY's own failure says why
      }
      return false;
    }
  }

  private static void copy(Connection connection, String copySql, int columns,
      Consumer<CopyRowWriter> writeRows) throws SQLException {
    PGCopyOutputStream stream =
        new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, COPY_BUFFER_BYTES);
    try {
      var rows = new CopyRowWriter(stream, columns);
      writeRows.accept(rows);
      rows.finish();
      stream.endCopy();
    } catch (SQLException | RuntimeException failure) {
      abandon(stream, connection, failure);
      throw new PersistenceFailure("bulk upsert failed", sqlCauseOf(failure));
    }
  }

  /** PGCopyOutputStream reports a lost connection as an IOException wrapping the SQLException. */
  private static Throwable sqlCauseOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return cause;
      }
    }
    return failure;
  }

  /**
   * A COPY left open holds pgjdbc's connection lock, and the rollback that follows would wait
   * for it forever. Cancel it; if even that fails the link is dead, so abort the connection and
   * let the pool evict it. (The COPY API bypasses Hikari's proxy, which would otherwise notice.)
   */
  private static void abandon(PGCopyOutputStream stream, Connection connection, Throwable failure) {
    if (!stream.isActive()) {
      return;
    }
    try {
      stream.cancelCopy();
    } catch (SQLException cancelFailure) {
      failure.addSuppressed(cancelFailure);
    }
    if (stream.isActive()) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException abortFailure) {
        failure.addSuppressed(abortFailure);
      }
    }
  }
}
