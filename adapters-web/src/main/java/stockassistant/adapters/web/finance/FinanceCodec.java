package stockassistant.adapters.web.finance;

import stockassistant.adapters.web.codec.Columns;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;

/** A finance report on the wire (request bodies and import files alike): fina_indicator names. */
public final class FinanceCodec {
  static final Columns<FinanceReport> COLUMNS = columns();

  private FinanceCodec() {}

  public static FinanceReport fromFields(Fields fields) {
    return new FinanceReport(fields.thirdCode("third_code"), fields.requiredDate("ann_date"),
        fields.requiredDate("end_date"), fields.metrics(FinanceMetric.class),
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
