package stockassistant.adapters.persistence.quality;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stockassistant.adapters.persistence.citus.CitusCluster;
import stockassistant.adapters.persistence.resilience.PersistenceFailure;
import stockassistant.domain.quality.AuditSlice;
import stockassistant.domain.quality.Check;
import stockassistant.domain.quality.Dataset;
import stockassistant.domain.quality.Finding;
import stockassistant.domain.quality.QualityRepository;
import stockassistant.domain.quality.SliceResult;

/**
 * The checks of {@link QualitySql} on the unit of work's connection, plain JDBC: the answer's
 * columns differ by check (the values that show a finding), and are read by name.
 */
public final class SqlQualityRepository implements QualityRepository {
  /** Bounds for a range left open: the statements compare against real dates only. */
  private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate NEWEST = LocalDate.of(9999, 12, 31);
  private static final Set<String> FRAME = Set.of("rule", "third_code", "day", "q_rank",
      "q_rule_count", "q_rule_rank", "q_code_count", "q_code_rank");
  private static final Map<Check, NamedSql> STATEMENTS = new EnumMap<>(Check.class);
  private static final Map<Check, NamedSql> CITUS_STATEMENTS = new EnumMap<>(Check.class);

  static {
    for (Check check : Check.values()) {
      STATEMENTS.put(check, NamedSql.parse(QualitySql.of(check, false)));
      CITUS_STATEMENTS.put(check, NamedSql.parse(QualitySql.of(check, true)));
    }
  }

  /**
   * Every code in any of the three tables. The bars' codes by a loose index scan (one probe of
   * the primary key per code), not a scan of millions of rows.
   */
  private static final String CODES = """
      WITH RECURSIVE bars(code) AS (
        SELECT min(third_code) FROM stock_daily
        UNION ALL
        SELECT (SELECT min(d.third_code) FROM stock_daily d WHERE d.third_code > bars.code)
        FROM bars WHERE bars.code IS NOT NULL
      ), reports(code) AS (
        SELECT min(third_code) FROM stock_finance
        UNION ALL
        SELECT (SELECT min(s.third_code) FROM stock_finance s WHERE s.third_code > reports.code)
        FROM reports WHERE reports.code IS NOT NULL
      )
      SELECT code FROM bars WHERE code IS NOT NULL
      UNION SELECT code FROM reports WHERE code IS NOT NULL
      UNION SELECT third_code FROM stock_info
      ORDER BY 1
      """;

  /**
   * The same on a Citus coordinator, which plans a recursive CTE over a distributed table only
   * with a filter on third_code: each worker groups its shards' codes (a scan, not probes).
   */
  private static final String CODES_CITUS = """
      SELECT third_code FROM stock_daily GROUP BY third_code
      UNION SELECT third_code FROM stock_finance GROUP BY third_code
      UNION SELECT third_code FROM stock_info
      ORDER BY 1
      """;

  private static final Map<Dataset, String> PRESENT = Map.of(
      Dataset.BARS, "close IS NOT NULL",
      Dataset.DAILY_BASIC, "(turnover_rate IS NOT NULL OR total_mv IS NOT NULL)",
      Dataset.ADJ_FACTOR, "adj_factor IS NOT NULL");



  @Override
  public List<String> codes(Db db) {
    var codes = new ArrayList<String>();
    query(db, citus(db) ? CODES_CITUS : CODES, rows -> codes.add(rows.getString(1)));
    return codes;
  }

  @Override
  public long estimatedBars(Db db) {
    long[] estimate = {0};
    query(db, "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'stock_daily'::regclass",
        rows -> estimate[0] = rows.getLong(1));
    return estimate[0];
  }

  @Override
  public Optional<LocalDate> newestBarDay(Db db, LocalDate notAfter) {
    return day(db, "SELECT max(trade_date) FROM stock_daily WHERE trade_date <= ?",
        notAfter == null ? NEWEST : notAfter);
  }

  @Override
  public Optional<LocalDate> newestDay(Db db, Dataset dataset, int lookBackDays) {
    if (dataset == Dataset.FINANCE) {
      return day(db, "SELECT max(ann_date) FROM stock_finance");
    }
    Optional<LocalDate> newest = newestBarDay(db, null);
    if (newest.isEmpty()) {
      return newest;
    }
    // newest first on the trade_date index: stops at the first day that has the columns
    return day(db, "SELECT trade_date FROM stock_daily WHERE trade_date >= ? AND "
        + PRESENT.get(dataset) + " ORDER BY trade_date DESC LIMIT 1",
        newest.get().minusDays(lookBackDays));
  }

  @Override
  public SliceResult run(Db db, Check check, AuditSlice slice, int examples) {
    var counts = new HashMap<String, Long>();
    var found = new ArrayList<Finding>();
    var suspended = new HashMap<String, Long>();
    if (slice.codes().isEmpty() || slice.newestDay() == null && check != Check.FINANCE) {
      return new SliceResult(counts, found, suspended);
    }
    Connection connection = OpenWork.of(db).connection();
    NamedSql sql = (citus(db) ? CITUS_STATEMENTS : STATEMENTS).get(check);
    try (PreparedStatement statement = connection.prepareStatement(sql.jdbc())) {
      Array codes = connection.createArrayOf("varchar", slice.codes().toArray());
      for (int i = 0; i < sql.names().size(); i++) {
        statement.setObject(i + 1, switch (sql.names().get(i)) {
          case "codes" -> codes;
          case "from" -> slice.from() == null ? OLDEST : slice.from();
          case "to" -> slice.to() == null ? NEWEST : slice.to();
          case "newest" -> slice.newestDay();
          case "examples" -> examples;
          default -> throw new IllegalStateException("unbound :" + sql.names().get(i));
        });
      }
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          String rule = rows.getString("rule");
          String code = rows.getString("third_code");
          if (rule.equals("suspended")) {
            if (rows.getLong("q_code_rank") == 1) {
              suspended.put(code, rows.getLong("q_code_count"));
            }
            continue;
          }
          if (rows.getLong("q_rule_rank") == 1) {
            counts.put(rule, rows.getLong("q_rule_count"));
          }
          if (rows.getLong("q_rank") <= examples) {
            found.add(new Finding(check, rule, code, rows.getObject("day", LocalDate.class),
                values(rows, meta)));
          }
        }
      }
    } catch (SQLException failure) {
      throw new PersistenceFailure("quality check " + check.key() + " failed", failure);
    }
    return new SliceResult(counts, found, suspended);
  }

  private static boolean citus(Db db) {
    try {
      return CitusCluster.isCoordinator(OpenWork.of(db).connection());
    } catch (SQLException failure) {
      throw new PersistenceFailure("quality query failed", failure);
    }
  }

  /** The columns that show a finding, by name: numbers as doubles, dates as dates. */
  private static Map<String, Object> values(ResultSet rows, ResultSetMetaData meta)
      throws SQLException {
    var values = new LinkedHashMap<String, Object>();
    for (int column = 1; column <= meta.getColumnCount(); column++) {
      String name = meta.getColumnLabel(column);
      if (FRAME.contains(name)) {
        continue;
      }
      values.put(name, switch (meta.getColumnType(column)) {
        case Types.DATE -> rows.getObject(column, LocalDate.class);
        case Types.DOUBLE, Types.REAL, Types.NUMERIC, Types.INTEGER, Types.BIGINT -> {
          double value = rows.getDouble(column);
          yield rows.wasNull() ? null : value;
        }
        default -> rows.getString(column);
      });
    }
    return values;
  }

  private Optional<LocalDate> day(Db db, String sql, Object... parameters) {
    LocalDate[] day = {null};
    query(db, sql, rows -> day[0] = rows.getObject(1, LocalDate.class), parameters);
    return Optional.ofNullable(day[0]);
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(Db db, String sql, RowReader reader, Object... parameters) {
    try (PreparedStatement statement = OpenWork.of(db).connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException failure) {
      throw new PersistenceFailure("quality query failed", failure);
    }
  }
}
