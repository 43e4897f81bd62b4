package stockassistant.domain.quality;

import java.util.Locale;

/** What the store keeps, each with its own newest day: a sync may lag in one and not another. */
public enum Dataset {
  /** Price bars (Tushare daily): a close is stored. */
  BARS,
  /** Daily indicators (Tushare daily_basic): turnover or market value is stored. */
  DAILY_BASIC,
  /** Adjustment factors (Tushare adj_factor). */
  ADJ_FACTOR,
  /** Finance indicators (fina_indicator), by announcement day. */
  FINANCE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
