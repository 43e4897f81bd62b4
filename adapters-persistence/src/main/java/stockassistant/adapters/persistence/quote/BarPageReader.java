package stockassistant.adapters.persistence.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;

/**
 * Runs one page query of stock_daily on the unit of work's connection and reads the rows
 * straight into a {@link BarPage}: by column position, each double with {@code getDouble}
 * (pgjdbc receives float8 in binary once the statement is server-prepared, so nothing is parsed
 * from text), no object per row. This is the hot path of the API's range, history and
 * cross-section reads; against MyBatis with a row type handler it drops a map, a record and ~25
 * boxed doubles per row (docs/BENCHMARKS.md, "Reads at full-market scale").
 *
 * <p>The select list is {@code third_code, trade_date, <metrics in enum order>, source}, then
 * {@code stock_name} when the page carries names ({@link BarSql}).
 */
final class BarPageReader {
  private final String sql;
  private final Set<BarMetric> metrics;
  private final boolean withStockNames;

  BarPageReader(String sql, Set<BarMetric> metrics, boolean withStockNames) {
    this.sql = sql;
    this.metrics = metrics;
    this.withStockNames = withStockNames;
  }

  /**
   * @param code the code every row has, when the query is of one code (it is then not decoded
   *     per row); null to read each row's own
   */
  BarPage read(Connection connection, String code, int limit, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return page(rows, code, limit);
      }
    } catch (SQLException failure) {
      throw new PersistenceException("bar page query failed", failure);
    }
  }

  private BarPage page(ResultSet rows, String code, int limit) throws SQLException {
    BarPage.Builder page = BarPage.builder(metrics, withStockNames, Math.min(limit, 512));
    int columns = page.metrics().size();
    int source = 3 + columns;
    while (rows.next()) {
      page.add(code != null ? code : rows.getString(1),
          (int) rows.getObject(2, LocalDate.class).toEpochDay(), rows.getString(source),
          withStockNames ? rows.getString(source + 1) : null);
      for (int column = 0; column < columns; column++) {
        double value = rows.getDouble(3 + column);
        if (!rows.wasNull()) {
          page.set(column, value);
        }
      }
    }
    return page.build();
  }
}
