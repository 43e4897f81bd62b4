package stockassistant.adapters.web.finance;

import java.util.EnumMap;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.MetricValues;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;

/** A finance report on the wire: Tushare's fina_indicator field names. */
public final class FinanceCodec {
  static final Columns<FinanceReport> COLUMNS = columns();

  private FinanceCodec() {}

  public static FinanceReport fromFields(Fields fields) {
    var values = new EnumMap<FinanceMetric, Double>(FinanceMetric.class);
    for (FinanceMetric metric : FinanceMetric.values()) {
      Double value = fields.number(metric.column());
      if (value != null) {
        values.put(metric, value);
      }
    }
    return new FinanceReport(fields.thirdCode("third_code"), fields.requiredDate("ann_date"),
        fields.requiredDate("end_date"), MetricValues.of(FinanceMetric.class, values),
        fields.text("source"));
  }

  private static Columns<FinanceReport> columns() {
    var columns = new Columns<FinanceReport>()
        .add("third_code", report -> report.thirdCode().value())
        .add("ann_date", FinanceReport::annDate)
        .add("end_date", FinanceReport::endDate);
    for (FinanceMetric metric : FinanceMetric.values()) {
      columns.add(metric.column(), report -> report.get(metric));
    }
    return columns.add("source", FinanceReport::source);
  }
}
