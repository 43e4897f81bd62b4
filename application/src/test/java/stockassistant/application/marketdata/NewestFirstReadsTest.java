package stockassistant.application.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import stockassistant.application.DateRange;
import stockassistant.application.Window;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryQuoteRepository;
import stockassistant.domain.InvalidField;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.CalendarDay;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

class NewestFirstReadsTest {
  private static final ThirdCode A = ThirdCode.of("000001.SZ");
  private static final ThirdCode B = ThirdCode.of("600000.SH");
  private final DirectUnitOfWork work = new DirectUnitOfWork();
  private final MarketData marketData = new MarketData(new InMemoryQuoteRepository(work), work);

  @Test
  void severalCodesNewestFirstThenByCodeAcrossPages() {
    store(days(A, "2018-01-01", MarketData.PAGE_ROWS));
    store(days(B, "2018-01-01", 10));
    var seen = new ArrayList<String>();

    boolean more = barsNewestFirst(search(List.of(B, A)), Window.ALL,
        bar -> seen.add(bar.tradeDate() + " " + bar.thirdCode()));

    assertThat(more).isFalse();
    assertThat(seen).hasSize(MarketData.PAGE_ROWS + 10).doesNotHaveDuplicates();
    assertThat(seen.subList(0, 3)).isEqualTo(List.of(
        LocalDate.parse("2018-01-01").plusDays(MarketData.PAGE_ROWS - 1) + " 000001.SZ",
        LocalDate.parse("2018-01-01").plusDays(MarketData.PAGE_ROWS - 2) + " 000001.SZ",
        LocalDate.parse("2018-01-01").plusDays(MarketData.PAGE_ROWS - 3) + " 000001.SZ"));
    assertThat(seen.get(seen.size() - 2)).isEqualTo("2018-01-01 000001.SZ");
    assertThat(seen.get(seen.size() - 1)).isEqualTo("2018-01-01 600000.SH");
  }

  @Test
  void aWindowSkipsTakesAndTellsWhetherMoreFollow() {
    store(days(A, "2024-01-01", 10));
    var seen = new ArrayList<LocalDate>();

    boolean more = barsNewestFirst(search(List.of(A)), new Window(2, 3),
        bar -> seen.add(bar.tradeDate()));
    boolean last = barsNewestFirst(search(List.of(A)), new Window(7, 3), bar -> { });

    assertThat(seen).containsExactly(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-07"),
        LocalDate.parse("2024-01-06"));
    assertThat(more).isTrue();
    assertThat(last).as("rows 8..10 are the last three").isFalse();
  }

  @Test
  void onlyBarsWithTheKnownMetricWhenAsked() {
    store(List.of(aBar().of(A.value()).on("2024-01-02").adjFactor(1.5).build(),
        aBar().of(A.value()).on("2024-01-03").adjFactor(null).build()));
    var seen = new ArrayList<LocalDate>();

    barsNewestFirst(BarQuery.newestFirst(List.of(A), DateRange.EARLIEST, DateRange.LATEST,
        java.util.Set.of(BarMetric.ADJ_FACTOR), BarMetric.ADJ_FACTOR), Window.ALL,
        bar -> seen.add(bar.tradeDate()));

    assertThat(seen).containsExactly(LocalDate.parse("2024-01-02"));
  }

  @Test
  void weeklyBarsOfSeveralCodesNewestFirstAcrossPages() {
    store(days(A, "2015-01-05", MarketData.PAGE_ROWS + 50));
    store(days(B, "2015-01-05", 14));
    var seen = new ArrayList<DailyBar>();

    boolean more = periodBarsNewestFirst(search(List.of(A, B)), BarPeriod.WEEK,
        Window.ALL, seen::add);

    assertThat(more).isFalse();
    assertThat(seen).filteredOn(bar -> bar.thirdCode().equals(B)).hasSize(2);
    assertThat(seen).extracting(DailyBar::tradeDate).isSortedAccordingTo(Collections.reverseOrder());
    assertThat(seen.get(seen.size() - 1).thirdCode()).isEqualTo(B);
    assertThat(seen.get(seen.size() - 1).tradeDate()).as("Sunday 01-11 closes the first week")
        .isEqualTo(LocalDate.parse("2015-01-11"));
  }

  @Test
  void weeklyBarsStopReadingOnceTheWindowIsFull() {
    store(days(A, "2000-01-03", MarketData.PAGE_ROWS * 3));
    var seen = new ArrayList<DailyBar>();

    boolean more = periodBarsNewestFirst(search(List.of(A)), BarPeriod.WEEK,
        new Window(1, 2), seen::add);

    assertThat(more).isTrue();
    assertThat(seen).hasSize(2);
    assertThat(work.opened()).filteredOn(label -> label.contains("periodBars")).hasSize(1);
  }

  @Test
  void theCalendarDefaultsToTheStoredDaysAndFiltersOpenDays() {
    store(List.of(aBar().of(A.value()).on("2024-02-07").build(),
        aBar().of(A.value()).on("2024-02-08").build(),
        aBar().of(B.value()).on("2024-02-19").build()));
    var all = new ArrayList<CalendarDay>();
    var open = new ArrayList<CalendarDay>();

    marketData.tradingCalendar(null, null, null, Window.ALL, all::add);
    marketData.tradingCalendar(LocalDate.parse("2024-02-08"), null, true, Window.ALL, open::add);

    assertThat(all).hasSize(13);
    assertThat(all.get(0)).isEqualTo(new CalendarDay(LocalDate.parse("2024-02-19"), true,
        LocalDate.parse("2024-02-08")));
    assertThat(all.get(12)).isEqualTo(new CalendarDay(LocalDate.parse("2024-02-07"), true, null));
    assertThat(open).extracting(CalendarDay::day).containsExactly(LocalDate.parse("2024-02-19"),
        LocalDate.parse("2024-02-08"));
    assertThat(open.get(1).previousOpenDay()).as("read from before the range")
        .isEqualTo(LocalDate.parse("2024-02-07"));
  }

  @Test
  void aCalendarOverManyPagesOfOpenDaysIsComplete() {
    store(days(A, "2000-01-01", MarketData.PAGE_ROWS * 2 + 5));
    var seen = new ArrayList<CalendarDay>();

    marketData.tradingCalendar(null, null, true, Window.ALL, seen::add);

    assertThat(seen).hasSize(MarketData.PAGE_ROWS * 2 + 5).allMatch(CalendarDay::open);
    for (int i = 0; i + 1 < seen.size(); i++) {
      assertThat(seen.get(i).previousOpenDay()).isEqualTo(seen.get(i + 1).day());
    }
  }

  @Test
  void anEmptyStoreHasNoCalendarAndAReversedRangeIsRefused() {
    var seen = new ArrayList<CalendarDay>();

    assertThat(marketData.tradingCalendar(null, null, null, Window.ALL, seen::add)).isFalse();
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> marketData.tradingCalendar(LocalDate.parse("2024-02-02"),
        LocalDate.parse("2024-02-01"), null, Window.ALL, seen::add))
        .isInstanceOf(InvalidField.class).hasMessageContaining("start");
  }

  @Test
  void tooManyCodesAreRefusedBeforeAnyRead() {
    var codes = new ArrayList<ThirdCode>();
    for (int i = 0; i <= MarketData.MAX_CODES; i++) {
      codes.add(ThirdCode.of(String.format("%06d.SZ", i)));
    }

    assertThatThrownBy(() -> barsNewestFirst(search(codes), Window.ALL, bar -> { }))
        .isInstanceOf(InvalidField.class).hasMessageContaining("third_codes");
    assertThat(work.opened()).isEmpty();
  }

  private static BarQuery search(List<ThirdCode> codes) {
    return BarQuery.newestFirst(codes, DateRange.EARLIEST, DateRange.LATEST, BarMetric.PRICE_BAR,
        null);
  }

  private void store(List<DailyBar> bars) {
    marketData.upsertBars(new UpsertBarsCommand(bars));
    work.opened().clear();
  }

  private static List<DailyBar> days(ThirdCode code, String first, int count) {
    var bars = new ArrayList<DailyBar>();
    for (int i = 0; i < count; i++) {
      bars.add(aBar().of(code.value()).on(LocalDate.parse(first).plusDays(i)).build());
    }
    return bars;
  }

  /** The facade's page read, a bar at a time as these tests look at it. */
  private boolean barsNewestFirst(BarQuery query, Window window, Consumer<DailyBar> sink) {
    return marketData.barPagesNewestFirst(query, window, BarPages.eachBar(sink));
  }

  private boolean periodBarsNewestFirst(BarQuery query, BarPeriod period, Window window,
      Consumer<DailyBar> sink) {
    return marketData.periodBarPagesNewestFirst(query, period, window, BarPages.eachBar(sink));
  }
}
