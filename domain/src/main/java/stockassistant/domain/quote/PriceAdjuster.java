package stockassistant.domain.quote;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import stockassistant.domain.MetricValues;

/**
 * Adjusts the prices of one code's bars, handed over oldest first: {@code hfq} is price x
 * adj_factor, {@code qfq} is price x adj_factor / the reference factor (that of the last bar of
 * the requested range). A bar whose adj_factor is null takes the factor of the nearest earlier
 * bar that has one, as Tushare's client fills them (a back-fill of its newest-first frame); with
 * none before it, its prices are null. Values are not rounded, and are computed in the order
 * Tushare's client computes them, so the two agree to the last bit.
 *
 * <p>Only the five prices are adjusted; change, pct_chg, vol and amount stay as stored, and so
 * does adj_factor itself (a null stays null: the fill is how the prices were adjusted, not data).
 */
public final class PriceAdjuster {
  /** The columns an adjustment rewrites. */
  public static final Set<BarMetric> ADJUSTED = EnumSet.of(BarMetric.OPEN, BarMetric.HIGH,
      BarMetric.LOW, BarMetric.CLOSE, BarMetric.PRE_CLOSE);

  private final Adjustment adjustment;
  private final Double reference;
  private Double lastKnown;

  private PriceAdjuster(Adjustment adjustment, Double reference) {
    this.adjustment = adjustment;
    this.reference = reference;
  }

  /**
   * @param reference for qfq, the (filled) adj_factor of the last bar of the range: the newest
   *     known factor up to the range's end; null when none is known, which leaves every price
   *     null. Ignored by hfq and NONE.
   */
  public static PriceAdjuster of(Adjustment adjustment, Double reference) {
    return new PriceAdjuster(adjustment, reference);
  }

  /**
   * Whether a factor can adjust prices. A factor is a positive ratio; zero or a negative one is
   * bad data, which would zero the prices or swap high and low, so it counts as unknown.
   */
  public static boolean isKnown(Double factor) {
    return factor != null && factor > 0;
  }

  public DailyBar adjust(DailyBar bar) {
    if (adjustment == Adjustment.NONE) {
      return bar;
    }
    Double factor = bar.get(BarMetric.ADJ_FACTOR);
    if (isKnown(factor)) {
      lastKnown = factor;
    }
    var values = new EnumMap<BarMetric, Double>(BarMetric.class);
    values.putAll(bar.values().asMap());
    for (BarMetric price : ADJUSTED) {
      Double value = values.get(price);
      if (value != null) {
        values.put(price, adjusted(value));
      }
    }
    return new DailyBar(bar.thirdCode(), bar.tradeDate(), MetricValues.of(BarMetric.class, values),
        bar.source());
  }

  private Double adjusted(double price) {
    if (lastKnown == null) {
      return null;
    }
    if (adjustment == Adjustment.HFQ) {
      return price * lastKnown;
    }
    return isKnown(reference) ? price * lastKnown / reference : null;
  }
}
