package stockassistant.domain.quality;

import java.util.Locale;

/**
 * The data-quality checks, each under a stable name that reports, scripts and alerts key on
 * ({@code price_sanity}). The rules each one applies are in README.md ("Data quality").
 */
public enum Check {
  /** Open days between listing and delisting (or the newest stored day) with no bar. */
  GAPS("open days in a stock's listed life with no bar (suspended days are counted apart)"),
  /** A bar that cannot be: low above open or close, prices not positive, negative volume. */
  PRICE_SANITY("low <= min(open, close), max(open, close) <= high, prices > 0, vol and amount "
      + ">= 0, no price change on zero volume"),
  /** A bar that does not follow from the one before it. */
  CONTINUITY("pre_close against the previous close x the adj_factor ratio; change and pct_chg "
      + "against close and pre_close"),
  /** A close beyond the board's daily limit. */
  PRICE_LIMITS("close within the board's daily price limit of pre_close (listing day exempt)"),
  /** adj_factor missing, falling, or jumping with no ex-rights gap in pre_close. */
  ADJ_FACTOR("adj_factor present where bars exist, never decreasing, every jump matched by a "
      + "pre_close gap"),
  /** A listed, unsuspended stock whose newest bar is older than the newest stored day. */
  STALENESS("listed, not suspended, newest bar older than the newest day stored for any stock"),
  /** Finance rows that cannot be right. */
  FINANCE("ann_date not before end_date; no revision identical to the one before it");

  private final String rule;

  Check(String rule) {
    this.rule = rule;
  }

  /** The stable name: {@code gaps}, {@code price_sanity}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the check holds the data to, in one line. */
  public String rule() {
    return rule;
  }
}
