package stockassistant.adapters.persistence.finance;

import java.util.EnumSet;
import java.util.Map;
import stockassistant.adapters.persistence.bulk.CopyRowWriter;
import stockassistant.adapters.persistence.bulk.MetricRows;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.stock.ThirdCode;

/** stock_finance rows to and from {@link FinanceReport}. */
final class FinanceRows {
  private FinanceRows() {}

  static FinanceReport toReport(Map<String, Object> row) {
    return new FinanceReport(ThirdCode.of((String) row.get("third_code")),
        MetricRows.date(row, "ann_date"), MetricRows.date(row, "end_date"),
        MetricRows.values(row, FinanceMetric.class, EnumSet.allOf(FinanceMetric.class)),
        (String) row.get("source"));
  }

  static void copy(FinanceReport report, CopyRowWriter out) {
    out.text(report.thirdCode().value()).date(report.annDate()).date(report.endDate());
    for (FinanceMetric metric : FinanceMetric.values()) {
      out.number(report.get(metric));
    }
    out.text(report.source()).endRow();
  }

  static Object[] key(FinanceReport report) {
    return new Object[] {report.thirdCode().value(), report.annDate(), report.endDate()};
  }

  static Map<String, Object> toRow(FinanceReport report) {
    Map<String, Object> row = MetricRows.row(report.values(), FinanceMetric.class);
    row.put("third_code", report.thirdCode().value());
    row.put("ann_date", report.annDate());
    row.put("end_date", report.endDate());
    row.put("source", report.source());
    return row;
  }
}
