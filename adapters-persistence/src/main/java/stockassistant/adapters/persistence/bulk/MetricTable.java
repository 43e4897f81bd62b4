package stockassistant.adapters.persistence.bulk;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import stockassistant.domain.Metric;

/**
 * The SQL of a table made of key columns, numeric metric columns and a source column
 * (stock_daily, stock_finance). Every statement is derived from the metric enum, so the column
 * lists of reads, COPY, merge and the row path can never drift apart.
 */
public final class MetricTable<E extends Enum<E> & Metric> {
  private final String table;
  private final List<String> keyColumns;
  private final Class<E> metricType;
  private final Map<SelectList, String> selects = new ConcurrentHashMap<>();

  public MetricTable(String table, List<String> keyColumns, Class<E> metricType) {
    this.table = table;
    this.keyColumns = List.copyOf(keyColumns);
    this.metricType = metricType;
  }

  /** Key columns, every metric in enum order, then source: the order of COPY and of rows. */
  public List<String> columns() {
    return columns(EnumSet.allOf(metricType));
  }

  public List<String> columns(Set<E> metrics) {
    var columns = new ArrayList<>(keyColumns);
    EnumSet.copyOf(metrics).forEach(metric -> columns.add(metric.column()));
    columns.add("source");
    return columns;
  }

  public String select(Set<E> metrics, String alias) {
    // built once per column set: every bar read asks for its select list (the stored key is a
    // copy, so a caller's set changed later cannot corrupt it)
    String known = selects.get(new SelectList(metrics, alias));
    return known != null ? known : selects.computeIfAbsent(
        new SelectList(Set.copyOf(metrics), alias), list ->
            columns(metrics).stream().map(c -> alias + "." + c).collect(Collectors.joining(", ")));
  }

  private record SelectList(Set<?> metrics, String alias) {}

  String stageTable() {
    return "stage_" + table;
  }

  /** A private scratch table that disappears at commit or rollback. */
  String createStage() {
    return "CREATE TEMP TABLE " + stageTable() + " (LIKE " + table
        + " INCLUDING DEFAULTS) ON COMMIT DROP";
  }

  String copyIntoStage() {
    return "COPY " + stageTable() + " (" + String.join(", ", columns()) + ") FROM STDIN (FORMAT binary)";
  }

  String mergeStage() {
    String columns = String.join(", ", columns());
    return "INSERT INTO " + table + " AS t (" + columns + ") SELECT " + columns + " FROM "
        + stageTable() + onConflict();
  }

  /** COPY straight into the table: the fast path when none of the rows exist yet. */
  String copyIntoTable() {
    return "COPY " + table + " (" + String.join(", ", columns()) + ") FROM STDIN (FORMAT binary)";
  }

  /** Whether any of the given keys (one array of key values per row) is already stored. */
  String anyKeyExists(int keys) {
    String match = "(" + String.join(", ", keyColumns) + ") = ("
        + String.join(", ", keyColumns.stream().map(c -> "?").toList()) + ")";
    var sql = new StringBuilder("SELECT EXISTS (SELECT 1 FROM ").append(table).append(" WHERE ");
    for (int i = 0; i < keys; i++) {
      sql.append(i == 0 ? "" : " OR ").append(match);
    }
    return sql.append(')').toString();
  }

  /** The row path: one multi-VALUES statement of {@code rowCount} rows, bound in column order. */
  String upsertRows(int rowCount) {
    String row = "(" + String.join(", ", columns().stream().map(c -> "?").toList()) + ")";
    var sql = new StringBuilder("INSERT INTO ").append(table).append(" AS t (")
        .append(String.join(", ", columns())).append(") VALUES ");
    for (int i = 0; i < rowCount; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.append(onConflict()).toString();
  }

  /** Rows per multi-VALUES statement that keep under PostgreSQL's 32,767 bind parameters. */
  int rowsPerStatement() {
    return 32_000 / columns().size();
  }

  /**
   * Every non-key column is replaced: the upserted row is the truth, so a NULL stays NULL. A row
   * identical to the stored one is left alone, so re-sending data writes nothing (no new row
   * version, no index entries, no bloat).
   */
  private String onConflict() {
    List<String> values = columns().stream().filter(c -> !keyColumns.contains(c)).toList();
    return " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET "
        + values.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
        + " WHERE (" + values.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
        + ") IS DISTINCT FROM ("
        + values.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")";
  }

  /** The JDBC type of a column, for binding a null. */
  int sqlType(String column) {
    if (column.equals("third_code") || column.equals("source")) {
      return Types.VARCHAR;
    }
    return keyColumns.contains(column) ? Types.DATE : Types.DOUBLE;
  }
}
