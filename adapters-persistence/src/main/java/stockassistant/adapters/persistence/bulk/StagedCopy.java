package stockassistant.adapters.persistence.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.apache.ibatis.exceptions.PersistenceException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The bulk upsert: COPY rows into a temporary staging table, then merge them with one
 * {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE}. Runs on the connection of the open
 * transaction, so the whole call commits or rolls back as one.
 */
public final class StagedCopy {
  private static final int COPY_BUFFER_BYTES = 1 << 16;

  private StagedCopy() {}

  /** Streams the rows {@code writeRows} produces through COPY and merges them; returns rows merged. */
  public static int upsert(Connection connection, MetricTable<?> sql,
      Consumer<CopyRowWriter> writeRows) {
    try {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql.createStage());
      }
      copy(connection, sql.copyIntoStage(), writeRows);
      try (Statement statement = connection.createStatement()) {
        return statement.executeUpdate(sql.mergeStage());
      }
    } catch (SQLException failure) {
      throw new PersistenceException("bulk upsert failed", failure);
    }
  }

  private static void copy(Connection connection, String copySql,
      Consumer<CopyRowWriter> writeRows) throws SQLException {
    PGCopyOutputStream stream =
        new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, COPY_BUFFER_BYTES);
    try {
      var writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
          COPY_BUFFER_BYTES);
      writeRows.accept(new CopyRowWriter(writer));
      writer.flush();
      stream.endCopy();
    } catch (IOException | SQLException | RuntimeException failure) {
      abandon(stream, connection, failure);
      throw new PersistenceException("bulk upsert failed", sqlCauseOf(failure));
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
