package stockassistant.domain.testdata;

import java.time.LocalDate;
import java.util.EnumMap;
import stockassistant.domain.MetricValues;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/** Starts from a valid bar; change only what the test is about. */
public final class DailyBarBuilder {
  private String code = "600000.SH";
  private LocalDate date = LocalDate.parse("2024-01-02");
  private final EnumMap<BarMetric, Double> values = new EnumMap<>(BarMetric.class);
  private String source = "tushare";

  private DailyBarBuilder() {
    values.put(BarMetric.OPEN, 10.0);
    values.put(BarMetric.HIGH, 10.8);
    values.put(BarMetric.LOW, 9.9);
    values.put(BarMetric.CLOSE, 10.5);
    values.put(BarMetric.PRE_CLOSE, 10.0);
    values.put(BarMetric.CHANGE, 0.5);
    values.put(BarMetric.PCT_CHG, 5.0);
    values.put(BarMetric.VOL, 123456.0);
    values.put(BarMetric.AMOUNT, 1296288.0);
    values.put(BarMetric.ADJ_FACTOR, 1.0);
    values.put(BarMetric.PE, 5.2);
    values.put(BarMetric.PB, 0.6);
    values.put(BarMetric.TOTAL_MV, 3.1e7);
  }

  public static DailyBarBuilder aBar() {
    return new DailyBarBuilder();
  }

  public DailyBarBuilder of(String thirdCode) {
    this.code = thirdCode;
    return this;
  }

  public DailyBarBuilder on(String isoDate) {
    this.date = LocalDate.parse(isoDate);
    return this;
  }

  public DailyBarBuilder on(LocalDate day) {
    this.date = day;
    return this;
  }

  public DailyBarBuilder with(BarMetric metric, Double value) {
    values.put(metric, value);
    return this;
  }

  public DailyBarBuilder close(double value) {
    return with(BarMetric.CLOSE, value);
  }

  /** Open, high, low, close and the previous close; change and pct_chg become unknown. */
  public DailyBarBuilder prices(double open, double high, double low, double close,
      double preClose) {
    with(BarMetric.OPEN, open).with(BarMetric.HIGH, high).with(BarMetric.LOW, low);
    with(BarMetric.CLOSE, close).with(BarMetric.PRE_CLOSE, preClose);
    return without(BarMetric.CHANGE).without(BarMetric.PCT_CHG);
  }

  public DailyBarBuilder traded(double vol, double amount) {
    return with(BarMetric.VOL, vol).with(BarMetric.AMOUNT, amount);
  }

  public DailyBarBuilder adjFactor(Double factor) {
    return with(BarMetric.ADJ_FACTOR, factor);
  }

  public DailyBarBuilder without(BarMetric metric) {
    values.remove(metric);
    return this;
  }

  public DailyBarBuilder withNoIndicators() {
    for (BarMetric metric : BarMetric.values()) {
      if (metric.group() == BarMetric.Group.VALUATION) {
        values.remove(metric);
      }
    }
    return this;
  }

  public DailyBarBuilder source(String source) {
    this.source = source;
    return this;
  }

  public DailyBar build() {
    return new DailyBar(
        ThirdCode.of(code), date, MetricValues.of(BarMetric.class, values), source);
  }
}
