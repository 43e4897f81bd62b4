package stockassistant.adapters.persistence.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import stockassistant.domain.quote.BarMetric;

/**
 * The statements of {@link BarSearchMapper} (MyBatis providers). Every one reads an index:
 * one code walks the primary key (third_code, trade_date) backwards; several codes or the whole
 * market walk ix_stock_daily_trade_date backwards or the primary key per code, whichever the
 * planner finds cheaper, with a top-N sort bounded by the page; trade days are a loose index
 * scan (one index probe per distinct day, not one per row: a day holds ~5,500 rows).
 */
public final class BarSearchSql {
  private BarSearchSql() {}

  /**
   * Bars newest first, then by code. The keyset condition repeats {@code trade_date <= after}
   * on its own so that it bounds the index scan; the OR beside it only filters.
   */
  public static String newestFirst(Map<String, Object> params) {
    @SuppressWarnings("unchecked")
    Set<BarMetric> columns = (Set<BarMetric>) params.get("columns");
    BarMetric known = (BarMetric) params.get("known");
    var sql = new StringBuilder("SELECT ").append(BarSql.TABLE.select(columns, "d"))
        .append(" FROM stock_daily d WHERE d.trade_date BETWEEN #{from} AND #{to}");
    codes(sql, (List<?>) params.get("codes"));
    if (known != null) {
      sql.append(" AND d.").append(known.column()).append(" IS NOT NULL");
    }
    boolean firstPage = params.get("afterDate") == null;
    if (!firstPage) {
      sql.append(" AND d.trade_date <= #{afterDate}")
          .append(" AND (d.trade_date < #{afterDate} OR d.third_code > #{afterCode})");
    }
    sql.append(" ORDER BY d.trade_date DESC, d.third_code LIMIT #{limit}");
    return firstPage ? sql.append(" OFFSET #{skip}").toString() : sql.toString();
  }

  public static String latestAdjFactor() {
    return "SELECT d.adj_factor FROM stock_daily d WHERE d.third_code = #{code}"
        + " AND d.trade_date BETWEEN #{from} AND #{to} AND d.adj_factor > 0"
        + " ORDER BY d.trade_date DESC LIMIT 1";
  }

  /** Each step of the recursion is one max() probe of ix_stock_daily_trade_date. */
  public static String tradeDays() {
    return "WITH RECURSIVE days(day) AS ("
        + " SELECT max(trade_date) FROM stock_daily WHERE trade_date BETWEEN #{from} AND #{to}"
        + " UNION ALL"
        + " SELECT (SELECT max(s.trade_date) FROM stock_daily s"
        + "         WHERE s.trade_date >= #{from} AND s.trade_date < days.day)"
        + " FROM days WHERE days.day IS NOT NULL)"
        + " SELECT day FROM days WHERE day IS NOT NULL LIMIT #{limit}";
  }

  public static String tradeDayBefore() {
    return "SELECT max(trade_date) FROM stock_daily WHERE trade_date < #{day}";
  }

  public static String earliestTradeDate() {
    return "SELECT min(trade_date) FROM stock_daily";
  }

  /** One code as an equality, so the planner knows the order of the primary key serves. */
  private static void codes(StringBuilder sql, List<?> codes) {
    if (codes.size() == 1) {
      sql.append(" AND d.third_code = #{codes[0]}");
    } else if (codes.size() > 1) {
      sql.append(" AND d.third_code IN (");
      for (int i = 0; i < codes.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("#{codes[").append(i).append("]}");
      }
      sql.append(')');
    }
  }
}
