package stockassistant.domain.quote;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import stockassistant.domain.Metric;

/** The numeric columns of stock_daily, in table order. */
public enum BarMetric implements Metric {
  OPEN(Group.PRICE),
  HIGH(Group.PRICE),
  LOW(Group.PRICE),
  CLOSE(Group.PRICE),
  PRE_CLOSE(Group.PRICE),
  CHANGE(Group.PRICE),
  PCT_CHG(Group.PRICE),
  VOL(Group.PRICE),
  AMOUNT(Group.PRICE),
  ADJ_FACTOR(Group.ADJUSTMENT),
  TURNOVER_RATE(Group.VALUATION),
  TURNOVER_RATE_F(Group.VALUATION),
  VOLUME_RATIO(Group.VALUATION),
  PE(Group.VALUATION),
  PE_TTM(Group.VALUATION),
  PB(Group.VALUATION),
  PS(Group.VALUATION),
  PS_TTM(Group.VALUATION),
  DV_RATIO(Group.VALUATION),
  DV_TTM(Group.VALUATION),
  TOTAL_SHARE(Group.VALUATION),
  FLOAT_SHARE(Group.VALUATION),
  FREE_SHARE(Group.VALUATION),
  TOTAL_MV(Group.VALUATION),
  CIRC_MV(Group.VALUATION);

  /** Which question a column answers: the price bar, its adjustment, or the daily valuation. */
  public enum Group {
    PRICE,
    ADJUSTMENT,
    VALUATION
  }

  /** What a price-bar read returns: the price columns and the adjustment factor. */
  public static final Set<BarMetric> PRICE_BAR =
      EnumSet.of(OPEN, HIGH, LOW, CLOSE, PRE_CLOSE, CHANGE, PCT_CHG, VOL, AMOUNT, ADJ_FACTOR);

  private final Group group;
  private final String column;

  BarMetric(Group group) {
    this.group = group;
    this.column = name().toLowerCase(Locale.ROOT);
  }

  public Group group() {
    return group;
  }

  @Override
  public String column() {
    return column;
  }
}
