package stockassistant.adapters.persistence.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.domain.LastPerKey;

/**
 * How a batch of records reaches a metric table (stock_daily, stock_finance), on the connection
 * of the open unit of work. Duplicates of the key collapse to the last one here, once. Batches
 * of at least {@code copyThreshold} rows go through COPY ({@link StagedCopy}); smaller ones, where
 * creating a staging table costs more than it saves, through multi-VALUES statements.
 *
 * @param <R> the record type
 */
public final class BulkUpsert<R> {
  private final MetricTable<?> table;
  private final int copyThreshold;
  private final Function<R, Object> key;
  private final Function<R, List<Object>> keyValues;
  private final BiConsumer<R, CopyRowWriter> copyRow;
  private final Function<R, List<Object>> rowValues;

  /**
   * @param key identifies a row (duplicates collapse by it)
   * @param keyValues the key column values, in the table's key-column order
   * @param copyRow writes one row in {@link MetricTable#columns()} order
   * @param rowValues one row's values in {@link MetricTable#columns()} order
   */
  public BulkUpsert(MetricTable<?> table, int copyThreshold, Function<R, Object> key,
      Function<R, List<Object>> keyValues, BiConsumer<R, CopyRowWriter> copyRow,
      Function<R, List<Object>> rowValues) {
    this.table = table;
    this.copyThreshold = copyThreshold;
    this.key = key;
    this.keyValues = keyValues;
    this.copyRow = copyRow;
    this.rowValues = rowValues;
  }

  /** Writes the batch; returns the number of distinct rows now as given. */
  public int upsert(Connection connection, List<R> batch) {
    List<R> unique = LastPerKey.of(batch, key);
    if (unique.isEmpty()) {
      return 0;
    }
    if (unique.size() < copyThreshold) {
      return byRows(connection, unique);
    }
    List<List<Object>> probe = List.of(keyValues.apply(unique.get(0)),
        keyValues.apply(unique.get(unique.size() - 1)));
    return StagedCopy.upsert(connection, table, probe, unique.size(),
        out -> unique.forEach(row -> copyRow.accept(row, out)));
  }

  private int byRows(Connection connection, List<R> unique) {
    List<String> columns = table.columns();
    try {
      for (List<R> chunk : Batches.of(unique, table.rowsPerStatement())) {
        try (PreparedStatement statement = connection.prepareStatement(table.upsertRows(chunk.size()))) {
          int index = 1;
          for (R row : chunk) {
            List<Object> values = rowValues.apply(row);
            for (int c = 0; c < values.size(); c++, index++) {
              bind(statement, index, values.get(c), table.sqlType(columns.get(c)));
            }
          }
          statement.executeUpdate();
        }
      }
    } catch (SQLException failure) {
      throw new PersistenceFailure("bulk upsert failed", failure);
    }
    // unchanged rows are skipped by the statement but are stored as given all the same
    return unique.size();
  }

  private static void bind(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else {
      statement.setObject(index, value, sqlType);
    }
  }
}
