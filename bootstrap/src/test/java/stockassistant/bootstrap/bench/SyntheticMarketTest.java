package stockassistant.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

class SyntheticMarketTest {

  @Test
  void isDeterministicForASeed() {
    assertThat(take(new SyntheticMarket(50, 7), 2_000)).isEqualTo(take(new SyntheticMarket(50, 7), 2_000));
  }

  @Test
  void coversEveryExchangeStaysInsideDailyLimitsAndHasNullIndicators() {
    List<DailyBar> bars = take(new SyntheticMarket(200, 42), 50_000);
    var exchanges = new HashSet<String>();
    long nullPe = 0;
    for (DailyBar bar : bars) {
      exchanges.add(bar.thirdCode().suffix());
      double limit = bar.thirdCode().suffix().equals("BJ") ? 0.30
          : bar.thirdCode().value().startsWith("3") ? 0.20 : 0.10;
      double preClose = bar.get(BarMetric.PRE_CLOSE);
      // prices are in cents, as on the exchanges, so a limit move may round up by one cent
      assertThat(Math.abs(bar.get(BarMetric.CLOSE) - preClose))
          .isLessThanOrEqualTo(Math.max(preClose * limit + 0.011, 0.5));
      if (bar.get(BarMetric.PE) == null) {
        nullPe++;
      }
    }
    assertThat(exchanges).containsExactlyInAnyOrder("SH", "SZ", "BJ");
    assertThat(nullPe).isPositive();
    assertThat(bars.stream().map(DailyBar::key).distinct().count()).isEqualTo(bars.size());
  }

  private static List<DailyBar> take(SyntheticMarket market, int rows) {
    var bars = new ArrayList<DailyBar>();
    market.bars(rows).forEachRemaining(bars::add);
    return bars;
  }
}
