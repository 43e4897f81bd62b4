package stockassistant.application.marketdata;

import java.util.List;
import stockassistant.domain.quote.DailyBar;

/** Bars to store; every one already valid (the records check themselves). */
public record UpsertBarsCommand(List<DailyBar> bars) {
  public UpsertBarsCommand {
    bars = List.copyOf(bars);
  }
}
