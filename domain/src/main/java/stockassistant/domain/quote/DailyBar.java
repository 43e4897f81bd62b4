package stockassistant.domain.quote;

import static stockassistant.domain.InvalidField.optionalText;
import static stockassistant.domain.InvalidField.requirePresent;

import java.time.LocalDate;
import stockassistant.domain.InvalidField;
import stockassistant.domain.MetricValues;
import stockassistant.domain.stock.ThirdCode;

/**
 * One stock_daily row: the price bar of a security on a trading day plus that day's valuation
 * indicators. Unknown values are null; present ones are finite (checked by {@link MetricValues}).
 */
public record DailyBar(
    ThirdCode thirdCode, LocalDate tradeDate, MetricValues<BarMetric> values, String source) {

  public static final String DEFAULT_SOURCE = "tushare";

  public DailyBar {
    requirePresent("third_code", thirdCode);
    requirePresent("trade_date", tradeDate);
    requirePresent("values", values);
    source = optionalText("source", source == null ? DEFAULT_SOURCE : source, 20);
    requireNotNegative(values, BarMetric.VOL);
    requireNotNegative(values, BarMetric.AMOUNT);
    // unknown is NaN, and a comparison with NaN is false: no boxing for millions of bars
    double high = values.orNaN(BarMetric.HIGH);
    double low = values.orNaN(BarMetric.LOW);
    if (high < low) {
      throw new InvalidField("high", "must not be below low (" + high + " < " + low + ")");
    }
  }

  public BarKey key() {
    return new BarKey(thirdCode, tradeDate);
  }

  /** The value of one column, or null when unknown. */
  public Double get(BarMetric metric) {
    return values.get(metric);
  }

  /** The value of one column, or NaN when unknown: see {@link MetricValues#orNaN}. */
  public double orNaN(BarMetric metric) {
    return values.orNaN(metric);
  }

  private static void requireNotNegative(MetricValues<BarMetric> values, BarMetric metric) {
    double value = values.orNaN(metric);
    if (value < 0) {
      throw new InvalidField(metric.column(), "must not be negative");
    }
  }
}
