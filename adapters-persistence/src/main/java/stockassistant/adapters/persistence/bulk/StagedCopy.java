package stockassistant.adapters.persistence.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
      PGConnection pg = connection.unwrap(PGConnection.class);
      try (var stream = new PGCopyOutputStream(pg, sql.copyIntoStage(), COPY_BUFFER_BYTES);
          var writer = new BufferedWriter(
              new OutputStreamWriter(stream, StandardCharsets.UTF_8), COPY_BUFFER_BYTES)) {
        writeRows.accept(new CopyRowWriter(writer));
      }
      try (Statement statement = connection.createStatement()) {
        return statement.executeUpdate(sql.mergeStage());
      }
    } catch (SQLException failure) {
      throw new PersistenceException("bulk upsert failed", failure);
    } catch (IOException failure) {
      // PGCopyOutputStream reports a lost connection as an IOException wrapping the SQLException
      throw new PersistenceException("bulk upsert failed", failure);
    } catch (UncheckedIOException failure) {
      throw new PersistenceException("bulk upsert failed", failure.getCause());
    }
  }
}
