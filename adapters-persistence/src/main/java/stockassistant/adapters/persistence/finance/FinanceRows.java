package stockassistant.adapters.persistence.finance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.bulk.CopyRowWriter;
import stockassistant.domain.MetricValues;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.stock.ThirdCode;

/** stock_finance rows to and from {@link FinanceReport}, in {@link FinanceSql#TABLE} column order. */
final class FinanceRows {
  /** With 91 columns a staging table pays off sooner than for bars. */
  static final int COPY_THRESHOLD = 32;

  private FinanceRows() {}

  static BulkUpsert<FinanceReport> writer(int copyThreshold) {
    return new BulkUpsert<>(FinanceSql.TABLE, copyThreshold, FinanceReport::key,
        report -> List.of(report.thirdCode().value(), report.annDate(), report.endDate()),
        FinanceRows::copy, FinanceRows::values);
  }

  static FinanceReport toReport(Map<String, Object> row) {
    var values = new EnumMap<FinanceMetric, Double>(FinanceMetric.class);
    for (FinanceMetric metric : FinanceMetric.values()) {
      if (row.get(metric.column()) instanceof Number number) {
        values.put(metric, number.doubleValue());
      }
    }
    return new FinanceReport(ThirdCode.of((String) row.get("third_code")),
        date(row, "ann_date"), date(row, "end_date"), MetricValues.of(FinanceMetric.class, values),
        (String) row.get("source"));
  }

  private static LocalDate date(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
  }

  private static void copy(FinanceReport report, CopyRowWriter out) {
    out.text(report.thirdCode().value()).date(report.annDate()).date(report.endDate());
    for (FinanceMetric metric : FinanceMetric.values()) {
      out.number(report.get(metric));
    }
    out.text(report.source()).endRow();
  }

  private static List<Object> values(FinanceReport report) {
    var values = new ArrayList<Object>(FinanceMetric.values().length + 4);
    values.add(report.thirdCode().value());
    values.add(report.annDate());
    values.add(report.endDate());
    for (FinanceMetric metric : FinanceMetric.values()) {
      values.add(report.get(metric));
    }
    values.add(report.source());
    return values;
  }
}
