package stockassistant.adapters.persistence.finance;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import stockassistant.domain.finance.FinanceMetric;

/**
 * The search of {@link FinanceSearchMapper}, newest period first. One code reads its reports by
 * the primary key (third_code, ann_date, end_date) and sorts them (a company files a few a
 * year); several codes or all of them walk ix_stock_finance_end_date backwards.
 */
public final class FinanceSearchSql {
  private static final String SELECT = "SELECT "
      + FinanceSql.TABLE.select(EnumSet.allOf(FinanceMetric.class), "f") + " FROM stock_finance f"
      + " WHERE TRUE";

  private FinanceSearchSql() {}

  /** The keyset condition repeats {@code end_date <= after} so that it bounds the index scan. */
  public static String search(Map<String, Object> params) {
    var sql = new StringBuilder(SELECT);
    List<?> codes = (List<?>) params.get("codes");
    if (codes.size() == 1) {
      sql.append(" AND f.third_code = #{codes[0]}");
    } else if (codes.size() > 1) {
      sql.append(" AND f.third_code IN (");
      for (int i = 0; i < codes.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("#{codes[").append(i).append("]}");
      }
      sql.append(')');
    }
    if (params.get("annDate") != null) {
      sql.append(" AND f.ann_date = #{annDate}");
    }
    if (params.get("periodFrom") != null) {
      sql.append(" AND f.end_date >= #{periodFrom}");
    }
    if (params.get("periodTo") != null) {
      sql.append(" AND f.end_date <= #{periodTo}");
    }
    boolean firstPage = params.get("afterEnd") == null;
    if (!firstPage) {
      sql.append(" AND f.end_date <= #{afterEnd} AND (f.end_date < #{afterEnd}")
          .append(" OR f.ann_date < #{afterAnn}")
          .append(" OR (f.ann_date = #{afterAnn} AND f.third_code > #{afterCode}))");
    }
    sql.append(" ORDER BY f.end_date DESC, f.ann_date DESC, f.third_code LIMIT #{limit}");
    return firstPage ? sql.append(" OFFSET #{skip}").toString() : sql.toString();
  }
}
