package stockassistant.domain.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import stockassistant.domain.MetricValues;
import stockassistant.domain.stock.ThirdCode;

/**
 * Turns daily bars into one bar per calendar period (week or month) and code, as the daily bars
 * stream past: a small state machine that holds one accumulator per code of the period being
 * read, and hands the period's bars on when the first bar of another period arrives.
 *
 * <p>Bars must arrive in trade_date order, oldest first or newest first (codes in any order
 * within a day), so that each calendar period's bars are contiguous: memory is then one period
 * of one code per code, whatever the length of the history. A period's bars are handed on in
 * the same direction by trade_date, then by third_code.
 *
 * <p>A period bar: trade_date is its last trading day in the data; open and pre_close are those
 * of its first daily bar (pre_close being the previous period's close), close that of its last;
 * high and low the extremes and vol and amount the sums of the days that have them (null when
 * none has); change = close - pre_close and pct_chg = change / pre_close x 100 (null when a
 * term is unknown or pre_close is 0).
 */
public final class PeriodBars implements Consumer<DailyBar> {
  /** The columns a period bar has (no adj_factor, no indicators), in BarMetric order. */
  public static final List<BarMetric> METRICS = List.of(BarMetric.OPEN, BarMetric.HIGH,
      BarMetric.LOW, BarMetric.CLOSE, BarMetric.PRE_CLOSE, BarMetric.CHANGE, BarMetric.PCT_CHG,
      BarMetric.VOL, BarMetric.AMOUNT);

  private static final Comparator<DailyBar> OLDEST_FIRST =
      Comparator.comparing(DailyBar::tradeDate).thenComparing(DailyBar::thirdCode);
  private static final Comparator<DailyBar> NEWEST_FIRST = Comparator
      .comparing(DailyBar::tradeDate, Comparator.reverseOrder()).thenComparing(DailyBar::thirdCode);

  private final BarPeriod period;
  private final Comparator<DailyBar> order;
  private final Consumer<DailyBar> out;
  private final Map<ThirdCode, Accumulator> open = new HashMap<>();
  private LocalDate current;

  private PeriodBars(BarPeriod period, Comparator<DailyBar> order, Consumer<DailyBar> out) {
    this.period = period;
    this.order = order;
    this.out = out;
  }

  /** For daily bars that arrive oldest first. */
  public static PeriodBars oldestFirst(BarPeriod period, Consumer<DailyBar> out) {
    return new PeriodBars(period, OLDEST_FIRST, out);
  }

  /** For daily bars that arrive newest first. */
  public static PeriodBars newestFirst(BarPeriod period, Consumer<DailyBar> out) {
    return new PeriodBars(period, NEWEST_FIRST, out);
  }

  @Override
  public void accept(DailyBar bar) {
    LocalDate start = period.start(bar.tradeDate());
    if (!start.equals(current)) {
      flush();
      current = start;
    }
    open.computeIfAbsent(bar.thirdCode(), code -> new Accumulator()).add(bar);
  }

  /** Hands on the bars of the last period; call once after the last daily bar. */
  public void finish() {
    flush();
  }

  private void flush() {
    if (open.isEmpty()) {
      return;
    }
    List<DailyBar> bars = new ArrayList<>(open.size());
    open.values().forEach(accumulator -> bars.add(accumulator.bar()));
    open.clear();
    bars.sort(order);
    bars.forEach(out);
  }

  /** One code's days of the current period; the order of arrival does not matter. */
  private static final class Accumulator {
    private DailyBar first;
    private DailyBar last;
    private Double high;
    private Double low;
    // exact sums, rounded once: the bar does not depend on whether days came oldest or newest first
    private BigDecimal vol;
    private BigDecimal amount;

    void add(DailyBar bar) {
      if (first == null || bar.tradeDate().isBefore(first.tradeDate())) {
        first = bar;
      }
      if (last == null || bar.tradeDate().isAfter(last.tradeDate())) {
        last = bar;
      }
      high = max(high, bar.get(BarMetric.HIGH));
      low = min(low, bar.get(BarMetric.LOW));
      vol = sum(vol, bar.get(BarMetric.VOL));
      amount = sum(amount, bar.get(BarMetric.AMOUNT));
    }

    DailyBar bar() {
      Double close = last.get(BarMetric.CLOSE);
      Double preClose = first.get(BarMetric.PRE_CLOSE);
      Double change = close == null || preClose == null ? null : close - preClose;
      var values = new EnumMap<BarMetric, Double>(BarMetric.class);
      values.put(BarMetric.OPEN, first.get(BarMetric.OPEN));
      values.put(BarMetric.HIGH, high);
      values.put(BarMetric.LOW, low);
      values.put(BarMetric.CLOSE, close);
      values.put(BarMetric.PRE_CLOSE, preClose);
      values.put(BarMetric.CHANGE, change);
      values.put(BarMetric.PCT_CHG,
          change == null || preClose == 0 ? null : change / preClose * 100);
      values.put(BarMetric.VOL, vol == null ? null : vol.doubleValue());
      values.put(BarMetric.AMOUNT, amount == null ? null : amount.doubleValue());
      return new DailyBar(last.thirdCode(), last.tradeDate(),
          MetricValues.of(BarMetric.class, values), last.source());
    }

    // no nested ?: here: Double and double would unbox a null "so" into a NullPointerException
    private static Double max(Double so, Double value) {
      if (value == null || so == null) {
        return value == null ? so : value;
      }
      return Math.max(so, value);
    }

    private static Double min(Double so, Double value) {
      if (value == null || so == null) {
        return value == null ? so : value;
      }
      return Math.min(so, value);
    }

    private static BigDecimal sum(BigDecimal so, Double value) {
      if (value == null) {
        return so;
      }
      BigDecimal exact = new BigDecimal(value);
      return so == null ? exact : so.add(exact);
    }
  }
}
