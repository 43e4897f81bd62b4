package stockassistant.adapters.persistence.quote;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import stockassistant.domain.MetricValues;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * The row mapper of bar queries: reads a whole stock_daily row into a {@link DailyBar} by column
 * position. MyBatis's way to plug one in is a type handler registered for the result type (it is
 * then called once per row, with the result set), so that is what this is; it never binds
 * parameters. Against map results and constructor auto-mapping it saves a map, reflection and
 * a name lookup per column: the hot reads measured 0.59x of bare JDBC with map results (see
 * docs/BENCHMARKS.md).
 */
public final class BarRowReader extends BaseTypeHandler<DailyBar> {
  private static final Map<String, BarMetric> BY_COLUMN = new HashMap<>();

  static {
    for (BarMetric metric : BarMetric.values()) {
      BY_COLUMN.put(metric.column(), metric);
    }
  }

  @Override
  public DailyBar getNullableResult(ResultSet rows, String columnName) throws SQLException {
    return read(rows);
  }

  /** The column layout of the result set read last on this thread, worked out once per query. */
  private static final ThreadLocal<Layout> LAYOUT = new ThreadLocal<>();

  static DailyBar read(ResultSet rows) throws SQLException {
    Layout layout = layoutOf(rows.getMetaData());
    var values = new EnumMap<BarMetric, Double>(BarMetric.class);
    for (int column = 1; column < layout.metrics.length; column++) {
      BarMetric metric = layout.metrics[column];
      if (metric != null) {
        double value = rows.getDouble(column);
        if (!rows.wasNull()) {
          values.put(metric, value);
        }
      }
    }
    return new DailyBar(layout.code(rows.getString(layout.code)),
        rows.getObject(layout.day, LocalDate.class), MetricValues.of(BarMetric.class, values),
        layout.source > 0 ? rows.getString(layout.source) : null);
  }

  private static Layout layoutOf(ResultSetMetaData meta) throws SQLException {
    Layout cached = LAYOUT.get();
    if (cached != null && cached.meta == meta) {
      return cached;
    }
    int count = meta.getColumnCount();
    var metrics = new BarMetric[count + 1];
    int code = 0;
    int day = 0;
    int source = 0;
    for (int column = 1; column <= count; column++) {
      String label = meta.getColumnLabel(column);
      metrics[column] = BY_COLUMN.get(label);
      switch (label) {
        case "third_code" -> code = column;
        case "trade_date" -> day = column;
        case "source" -> source = column;
        default -> { }
      }
    }
    var layout = new Layout(meta, metrics, code, day, source);
    LAYOUT.set(layout);
    return layout;
  }

  /** Column positions of one result set; remembers the last code, as a range repeats one code. */
  private static final class Layout {
    final ResultSetMetaData meta;
    final BarMetric[] metrics;
    final int code;
    final int day;
    final int source;
    private ThirdCode lastCode;

    Layout(ResultSetMetaData meta, BarMetric[] metrics, int code, int day, int source) {
      this.meta = meta;
      this.metrics = metrics;
      this.code = code;
      this.day = day;
      this.source = source;
    }

    ThirdCode code(String text) {
      if (lastCode == null || !lastCode.value().equals(text)) {
        lastCode = ThirdCode.of(text);
      }
      return lastCode;
    }
  }

  @Override
  public DailyBar getNullableResult(ResultSet rows, int columnIndex) throws SQLException {
    return read(rows);
  }

  @Override
  public DailyBar getNullableResult(CallableStatement call, int columnIndex) {
    throw new UnsupportedOperationException("bars are not read from procedures");
  }

  @Override
  public void setNonNullParameter(PreparedStatement statement, int index, DailyBar bar,
      JdbcType type) {
    throw new UnsupportedOperationException("bars are written through COPY or row maps");
  }
}
