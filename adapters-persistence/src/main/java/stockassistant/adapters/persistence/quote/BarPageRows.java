package stockassistant.adapters.persistence.quote;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.mapping.MappedStatement;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.VersionedBarPage;
import stockassistant.domain.stock.ThirdCode;

/**
 * The row reader of every bar read: MyBatis's result-set step for the statements that answer a
 * {@link BarPage} ({@link BarMapper#bars}). MyBatis prepares the statement, binds the parameters
 * and runs it; this reads the rows by column position straight into the page's arrays, each
 * double with {@code getDouble} (pgjdbc receives float8 in binary once the statement is
 * server-prepared, so nothing is parsed from text): no map, record or boxed number per row,
 * where MyBatis's own result mapping makes all three (docs/BENCHMARKS.md, "Reads at full-market
 * scale": 0.59x of bare JDBC with map results).
 *
 * <p>The layout is {@link BarSql}'s: {@code third_code, trade_date, <metrics in enum order>,
 * source}, then {@code stock_name} when the query asks for names, then {@code write_version} for
 * {@link BarMapper#barsWithVersion} (read from the first row).
 */
public final class BarPageRows implements ResultSetHandler {
  private final BarQuery query;
  private final int limit;
  private final boolean withVersion;
  private long version = VERSION_UNREAD;

  BarPageRows(BarQuery query, int limit, boolean withVersion) {
    this.query = query;
    this.limit = limit;
    this.withVersion = withVersion;
  }

  /** A page read with no row has no version column to read it from. */
  static final long VERSION_UNREAD = -1;

  /** Whether a statement answers a page (so this, not MyBatis's mapping, reads its rows). */
  public static boolean reads(MappedStatement statement) {
    if (statement.getResultMaps().size() != 1) {
      return false;
    }
    Class<?> type = statement.getResultMaps().get(0).getType();
    return type == BarPage.class || type == VersionedBarPage.class;
  }

  /** For a statement that {@link #reads}: its parameters are {@link BarMapper#bars}'s. */
  public static ResultSetHandler of(MappedStatement statement, Object parameters) {
    Map<?, ?> params = (Map<?, ?>) parameters;
    return new BarPageRows((BarQuery) params.get("query"), (Integer) params.get("limit"),
        statement.getResultMaps().get(0).getType() == VersionedBarPage.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <E> List<E> handleResultSets(Statement statement) throws SQLException {
    try (ResultSet rows = statement.getResultSet()) {
      BarPage page = page(rows);
      return List.of((E) (withVersion ? new VersionedBarPage(version, page) : page));
    }
  }

  private BarPage page(ResultSet rows) throws SQLException {
    boolean names = query.withStockNames();
    BarPage.Builder page = BarPage.builder(query.columns(), names, Math.min(limit, 512));
    ThirdCode single = query.singleCode();
    String code = single == null ? null : single.value();  // one code: not decoded per row
    int columns = page.metrics().size();
    int source = 3 + columns;
    while (rows.next()) {
      if (withVersion && version == VERSION_UNREAD) {
        version = rows.getLong(source + (names ? 2 : 1));
      }
      page.add(code != null ? code : rows.getString(1),
          (int) rows.getObject(2, LocalDate.class).toEpochDay(), rows.getString(source),
          names ? rows.getString(source + 1) : null);
      for (int column = 0; column < columns; column++) {
        double value = rows.getDouble(3 + column);
        if (!rows.wasNull()) {
          page.set(column, value);
        }
      }
    }
    return page.build();
  }

  @Override
  public <E> Cursor<E> handleCursorResultSets(Statement statement) {
    throw new UnsupportedOperationException("bar pages are not read through cursors");
  }

  @Override
  public void handleOutputParameters(CallableStatement call) {
    throw new UnsupportedOperationException("bar pages are not read from procedures");
  }
}
