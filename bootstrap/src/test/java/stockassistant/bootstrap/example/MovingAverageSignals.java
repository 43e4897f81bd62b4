package stockassistant.bootstrap.example;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import stockassistant.application.DateRange;
import stockassistant.application.marketdata.MarketData;
import stockassistant.application.marketdata.UpsertBarsCommand;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

/**
 * An example of another Java module in the same process: a signal generator that stores the
 * bars it receives and computes a moving average from what it reads back, through the
 * {@link MarketData} facade only (no HTTP, no SQL, no knowledge of the pool).
 */
public final class MovingAverageSignals {
  private final MarketData marketData;

  @Inject
  public MovingAverageSignals(MarketData marketData) {
    this.marketData = marketData;
  }

  public int ingest(List<DailyBar> feed) {
    return marketData.upsertBars(new UpsertBarsCommand(feed)).upserted();
  }

  /** The n-day moving average of close for each day of the range, streamed from the database. */
  public List<Double> movingAverage(ThirdCode code, LocalDate from, LocalDate to, int days) {
    var window = new ArrayDeque<Double>();
    var averages = new ArrayList<Double>();
    double[] sum = {0};
    marketData.priceBars(code, new DateRange(from, to), bar -> {
      Double close = bar.get(BarMetric.CLOSE);
      if (close == null) {
        return;
      }
      window.addLast(close);
      sum[0] += close;
      if (window.size() > days) {
        sum[0] -= window.removeFirst();
      }
      if (window.size() == days) {
        averages.add(sum[0] / days);
      }
    });
    return averages;
  }
}
