package stockassistant.application.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.application.DateRange;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryQuoteRepository;
import stockassistant.domain.InvalidField;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

class MarketDataTest {
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository();
  private final DirectUnitOfWork work = new DirectUnitOfWork();
  private final MarketData marketData = new MarketData(quotes, work);

  @Test
  void countsReceivedAndUpsertedSeparatelyWhenDuplicatesCollapse() {
    var result = marketData.upsertBars(new UpsertBarsCommand(List.of(
        aBar().of("000001.SZ").on("2024-01-02").close(1).build(),
        aBar().of("000001.SZ").on("2024-01-02").close(2).build())));

    assertThat(result.received()).isEqualTo(2);
    assertThat(result.upserted()).isEqualTo(1);
    assertThat(marketData.latestBar(ThirdCode.of("000001.SZ"))).get()
        .extracting(bar -> bar.get(BarMetric.CLOSE)).isEqualTo(2.0);
  }

  @Test
  void anEmptyBatchOpensNoTransaction() {
    assertThat(marketData.upsertBars(new UpsertBarsCommand(List.of())).upserted()).isZero();
    assertThat(work.opened()).isZero();
  }

  @Test
  void aRangeStartingAfterItsEndIsRejectedBeforeAnyRead() {
    assertThatThrownBy(() -> new DateRange(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")))
        .isInstanceOf(InvalidField.class).hasMessageContaining("start");
  }

  @Test
  void streamsTheRangeInOrder() {
    marketData.upsertBars(new UpsertBarsCommand(List.of(aBar().of("000001.SZ").on("2024-01-03").build(),
        aBar().of("000001.SZ").on("2024-01-02").build())));
    var seen = new ArrayList<DailyBar>();

    marketData.priceBars(ThirdCode.of("000001.SZ"), new DateRange(null, null), seen::add);

    assertThat(seen).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"));
  }
}
