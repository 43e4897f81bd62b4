package stockassistant.domain.finance;

import static stockassistant.domain.InvalidField.optionalText;
import static stockassistant.domain.InvalidField.requirePresent;

import java.time.LocalDate;
import stockassistant.domain.MetricValues;
import stockassistant.domain.stock.ThirdCode;

/** One stock_finance row: the indicators a company announced on ann_date for period end_date. */
public record FinanceReport(
    ThirdCode thirdCode,
    LocalDate annDate,
    LocalDate endDate,
    MetricValues<FinanceMetric> values,
    String source) {

  public static final String DEFAULT_SOURCE = "tushare";

  public FinanceReport {
    requirePresent("third_code", thirdCode);
    requirePresent("ann_date", annDate);
    requirePresent("end_date", endDate);
    requirePresent("values", values);
    source = optionalText("source", source == null ? DEFAULT_SOURCE : source, 20);
  }

  public ReportKey key() {
    return new ReportKey(thirdCode, annDate, endDate);
  }

  public Double get(FinanceMetric metric) {
    return values.get(metric);
  }
}
