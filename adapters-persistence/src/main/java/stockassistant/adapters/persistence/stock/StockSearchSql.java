package stockassistant.adapters.persistence.stock;

import java.util.List;
import java.util.Map;

/**
 * The search of {@link StockSearchMapper}: stock_info in third_code order (its unique index),
 * each given criterion an equality. stock_info holds one row per listed security (~5,500), so
 * the criteria filter that ordered scan rather than needing indexes of their own.
 */
public final class StockSearchSql {
  private static final String COLUMNS = "third_code, symbol, name, area, industry, market,"
      + " list_date, delist_date, fullname, enname, cnspell, exchange, curr_type, list_status,"
      + " is_hs, source, last_finance_sync_date";
  /** Tushare's exchange names, for stocks stored without one: the code's suffix tells. */
  private static final String EXCHANGE = "COALESCE(exchange, CASE right(third_code, 2)"
      + " WHEN 'SH' THEN 'SSE' WHEN 'SZ' THEN 'SZSE' WHEN 'BJ' THEN 'BSE' END)";

  private StockSearchSql() {}

  public static String search(Map<String, Object> params) {
    var sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM stock_info WHERE TRUE");
    List<?> codes = (List<?>) params.get("codes");
    if (!codes.isEmpty()) {
      sql.append(" AND third_code IN (");
      for (int i = 0; i < codes.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("#{codes[").append(i).append("]}");
      }
      sql.append(')');
    }
    equal(sql, params, "name", "name");
    equal(sql, params, "market", "market");
    // a stock stored without a status counts as listed
    equal(sql, params, "COALESCE(list_status, 'L')", "listStatus");
    equal(sql, params, EXCHANGE, "exchange");
    equal(sql, params, "is_hs", "isHs");
    boolean firstPage = params.get("after") == null;
    if (!firstPage) {
      sql.append(" AND third_code > #{after}");
    }
    sql.append(" ORDER BY third_code LIMIT #{limit}");
    return firstPage ? sql.append(" OFFSET #{skip}").toString() : sql.toString();
  }

  private static void equal(StringBuilder sql, Map<String, Object> params, String column,
      String param) {
    if (params.get(param) != null) {
      sql.append(" AND ").append(column).append(" = #{").append(param).append('}');
    }
  }
}
