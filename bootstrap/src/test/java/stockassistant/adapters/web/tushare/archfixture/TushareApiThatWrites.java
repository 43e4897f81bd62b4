package stockassistant.adapters.web.tushare.archfixture;

import java.util.List;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;

/** Deliberately bad: a Tushare api that stores what it is sent. Only ArchUnit loads it. */
public final class TushareApiThatWrites {
  public int answer(MarketData marketData) {
    return marketData.upsertBars(new UpsertBarsCommand(List.of())).upserted();
  }
}
