package stockassistant.domain.testdata;

import java.time.LocalDate;
import java.util.EnumMap;
import stockassistant.domain.MetricValues;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.stock.ThirdCode;

/** Starts from a valid report; change only what the test is about. */
public final class FinanceReportBuilder {
  private String code = "600000.SH";
  private LocalDate annDate = LocalDate.parse("2024-04-28");
  private LocalDate endDate = LocalDate.parse("2024-03-31");
  private final EnumMap<FinanceMetric, Double> values = new EnumMap<>(FinanceMetric.class);

  private FinanceReportBuilder() {
    values.put(FinanceMetric.EPS, 0.52);
    values.put(FinanceMetric.ROE, 2.1);
    values.put(FinanceMetric.BPS, 22.3);
    values.put(FinanceMetric.DEBT_TO_ASSETS, 91.8);
  }

  public static FinanceReportBuilder aReport() {
    return new FinanceReportBuilder();
  }

  public FinanceReportBuilder of(String thirdCode) {
    this.code = thirdCode;
    return this;
  }

  public FinanceReportBuilder announcedOn(String isoDate) {
    this.annDate = LocalDate.parse(isoDate);
    return this;
  }

  public FinanceReportBuilder forPeriod(String isoDate) {
    this.endDate = LocalDate.parse(isoDate);
    return this;
  }

  public FinanceReportBuilder forPeriod(LocalDate day) {
    this.endDate = day;
    return this;
  }

  public FinanceReportBuilder with(FinanceMetric metric, Double value) {
    values.put(metric, value);
    return this;
  }

  /** Every indicator column set, to exercise the full width of the table. */
  public FinanceReportBuilder withEveryIndicator(double base) {
    for (FinanceMetric metric : FinanceMetric.values()) {
      values.put(metric, base + metric.ordinal());
    }
    return this;
  }

  public FinanceReport build() {
    return new FinanceReport(ThirdCode.of(code), annDate, endDate,
        MetricValues.of(FinanceMetric.class, values), "tushare");
  }
}
