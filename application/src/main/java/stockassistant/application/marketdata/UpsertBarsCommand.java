package stockassistant.application.marketdata;

import java.util.List;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.quote.DailyBar;

/** Bars to store; every one already valid (the records check themselves). */
public record UpsertBarsCommand(List<DailyBar> bars) {
  public UpsertBarsCommand {
    bars = List.copyOf(bars);
  }

  /** The batch with duplicates of (third_code, trade_date) collapsed to their last occurrence. */
  public List<DailyBar> lastPerKey() {
    return LastPerKey.of(bars, DailyBar::key);
  }
}
