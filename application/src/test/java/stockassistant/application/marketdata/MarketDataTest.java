package stockassistant.application.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.application.DateRange;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryQuoteRepository;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.stock.ThirdCode;

class MarketDataTest {
  private static final ThirdCode CODE = ThirdCode.of("000001.SZ");
  private final DirectUnitOfWork work = new DirectUnitOfWork();
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository(work);
  private final MarketData marketData = new MarketData(quotes, work);

  @Test
  void countsReceivedAndUpsertedSeparatelyWhenDuplicatesCollapse() {
    var result = marketData.upsertBars(new UpsertBarsCommand(List.of(
        aBar().of("000001.SZ").on("2024-01-02").close(1).build(),
        aBar().of("000001.SZ").on("2024-01-02").close(2).build())));

    assertThat(result.received()).isEqualTo(2);
    assertThat(result.upserted()).isEqualTo(1);
    assertThat(marketData.latestBar(CODE)).get()
        .extracting(bar -> bar.get(BarMetric.CLOSE)).isEqualTo(2.0);
  }

  @Test
  void anEmptyBatchOpensNoUnitOfWork() {
    assertThat(marketData.upsertBars(new UpsertBarsCommand(List.of())).upserted()).isZero();
    assertThat(work.opened()).isEmpty();
  }

  @Test
  void aLargeBatchGetsTheBulkBudgetAndAnOrdinaryOneTheWriteBudget() {
    marketData.upsertBars(new UpsertBarsCommand(days("2000-01-01", 10)));
    marketData.upsertBars(new UpsertBarsCommand(days("2000-01-01", MarketData.BULK_ROWS + 1)));

    assertThat(work.opened()).containsExactly("write:MarketData.upsertBars",
        "bulk:MarketData.upsertBars");
  }

  @Test
  void streamsARangeLongerThanOnePageInOrderReadingPageByPage() {
    List<DailyBar> bars = days("1995-01-01", MarketData.PAGE_ROWS * 2 + 7);
    List<DailyBar> shuffled = new ArrayList<>(bars);
    Collections.shuffle(shuffled, new java.util.Random(7));
    marketData.upsertBars(new UpsertBarsCommand(shuffled));
    work.opened().clear();
    var seen = new ArrayList<LocalDate>();

    marketData.priceBars(CODE, new DateRange(null, null), bar -> seen.add(bar.tradeDate()));

    assertThat(seen).containsExactlyElementsOf(bars.stream().map(DailyBar::tradeDate).toList());
    assertThat(work.opened()).containsExactly("read:MarketData.priceBars",
        "read:MarketData.priceBars", "read:MarketData.priceBars");
  }

  @Test
  void aPageThatEndsExactlyAtTheRangeEndStopsAfterOneEmptyRead() {
    marketData.upsertBars(new UpsertBarsCommand(days("1995-01-01", MarketData.PAGE_ROWS)));
    work.opened().clear();
    var seen = new ArrayList<DailyBar>();

    marketData.fullBarPages(CODE, new DateRange(null, null), CachedCopy.NONE,
        BarPages.eachBar(seen::add));

    assertThat(seen).hasSize(MarketData.PAGE_ROWS);
    assertThat(work.opened()).hasSize(2);
  }

  @Test
  void theSinkIsCalledOutsideAnyUnitOfWork() {
    marketData.upsertBars(new UpsertBarsCommand(days("2024-01-01", 3)));
    var openWhileDelivering = new ArrayList<Boolean>();

    marketData.priceBars(CODE, new DateRange(null, null), bar -> openWhileDelivering.add(work.isOpen()));
    marketData.crossSection(LocalDate.parse("2024-01-01"),
        (MarketBar row) -> openWhileDelivering.add(work.isOpen()));

    assertThat(openWhileDelivering).hasSize(4).containsOnly(false);
  }

  @Test
  void theCrossSectionPagesByCodeWithoutRepeatingOrSkipping() {
    var bars = new ArrayList<DailyBar>();
    for (int i = 0; i < MarketData.PAGE_ROWS + 3; i++) {
      bars.add(aBar().of(String.format("%06d.SZ", i)).on("2024-01-02").build());
    }
    marketData.upsertBars(new UpsertBarsCommand(bars));
    var seen = new ArrayList<String>();

    marketData.crossSection(LocalDate.parse("2024-01-02"), row -> seen.add(row.bar().thirdCode().value()));

    assertThat(seen).hasSize(bars.size()).doesNotHaveDuplicates().isSorted();
  }

  private static List<DailyBar> days(String first, int count) {
    var bars = new ArrayList<DailyBar>();
    LocalDate day = LocalDate.parse(first);
    for (int i = 0; i < count; i++) {
      bars.add(aBar().of(CODE.value()).on(day.plusDays(i)).close(10 + i % 7).build());
    }
    return bars;
  }
}
