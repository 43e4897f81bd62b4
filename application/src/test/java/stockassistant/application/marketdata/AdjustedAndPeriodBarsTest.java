package stockassistant.application.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.application.DateRange;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryQuoteRepository;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.ThirdCode;

class AdjustedAndPeriodBarsTest {
  private static final ThirdCode CODE = ThirdCode.of("000001.SZ");
  private final DirectUnitOfWork work = new DirectUnitOfWork();
  private final MarketData marketData = new MarketData(new InMemoryQuoteRepository(work), work);

  @Test
  void forwardAdjustmentReadsTheLastFactorOfTheRangeOnceThenThePages() {
    store(day("2024-06-03", 10.0, 1.0), day("2024-06-05", 9.9, 1.05), day("2024-06-06", 10.0, null),
        day("2024-06-11", 8.0, 1.3125), day("2024-06-12", 8.4, 1.5));
    work.opened().clear();
    var closes = new ArrayList<Double>();
    var openWhileDelivering = new ArrayList<Boolean>();

    marketData.priceBars(CODE, new DateRange(null, LocalDate.parse("2024-06-11")), Adjustment.QFQ,
        bar -> {
          closes.add(bar.get(BarMetric.CLOSE));
          openWhileDelivering.add(work.isOpen());
        });

    assertThat(work.opened()).containsExactly("read:MarketData.adjustmentReference",
        "read:MarketData.priceBars");
    assertThat(closes).hasSize(4);
    assertThat(closes.get(0)).isCloseTo(7.619047619047619, within(1e-12));
    assertThat(closes.get(1)).isCloseTo(7.92, within(1e-12));
    assertThat(closes.get(2)).as("null factor takes 1.05").isCloseTo(8.0, within(1e-12));
    assertThat(closes.get(3)).as("the range's last bar, not 06-12, is the reference").isEqualTo(8.0);
    assertThat(openWhileDelivering).containsOnly(false);
  }

  @Test
  void theLastBarsNullFactorIsFilledForTheReferenceToo() {
    store(day("2024-06-03", 10.0, 2.0), day("2024-06-04", 12.0, null));

    var closes = new ArrayList<Double>();
    marketData.priceBars(CODE, new DateRange(null, null), Adjustment.QFQ,
        bar -> closes.add(bar.get(BarMetric.CLOSE)));

    assertThat(closes).containsExactly(10.0, 12.0);
  }

  @Test
  void backwardAdjustmentNeedsNoReferenceRead() {
    store(day("2024-06-03", 10.0, 2.0));
    work.opened().clear();

    var closes = new ArrayList<Double>();
    marketData.priceBars(CODE, new DateRange(null, null), Adjustment.HFQ,
        bar -> closes.add(bar.get(BarMetric.CLOSE)));

    assertThat(closes).containsExactly(20.0);
    assertThat(work.opened()).containsExactly("read:MarketData.priceBars");
  }

  @Test
  void weeklyBarsAreWholeWeeksWhoseLastTradingDayIsInTheRange() {
    // Fri 01-26 | Mon 01-29 .. Fri 02-02 | Mon 02-05 .. Wed 02-07
    store(day("2024-01-26", 10.0, 1.0), day("2024-01-29", 11.0, 1.0), day("2024-01-31", 12.0, 1.0),
        day("2024-02-02", 13.0, 1.0), day("2024-02-05", 14.0, 1.0), day("2024-02-07", 15.0, 1.0));

    List<DailyBar> weeks = periods(BarPeriod.WEEK, "2024-01-31", "2024-02-06", Adjustment.NONE);

    assertThat(weeks).extracting(DailyBar::tradeDate).as("the week ending 02-07 ends after the range")
        .containsExactly(LocalDate.parse("2024-02-02"));
    assertThat(weeks.get(0).get(BarMetric.OPEN)).as("from Monday, before the range's start").isEqualTo(11.0);
    assertThat(weeks.get(0).get(BarMetric.CLOSE)).isEqualTo(13.0);
  }

  @Test
  void monthlyBarsAdjustTheDailyBarsFirst() {
    store(day("2024-01-30", 10.0, 1.0), day("2024-01-31", 10.0, 2.0), day("2024-02-01", 10.0, 2.0));

    List<DailyBar> months = periods(BarPeriod.MONTH, "2024-01-01", "2024-02-29", Adjustment.HFQ);

    assertThat(months).extracting(bar -> bar.get(BarMetric.OPEN)).containsExactly(10.0, 20.0);
    assertThat(months).extracting(bar -> bar.get(BarMetric.CLOSE)).containsExactly(20.0, 20.0);
  }

  private List<DailyBar> periods(BarPeriod period, String start, String end, Adjustment adjustment) {
    var out = new ArrayList<DailyBar>();
    marketData.periodBars(CODE, new DateRange(LocalDate.parse(start), LocalDate.parse(end)), period,
        adjustment, out::add);
    return out;
  }

  private void store(DailyBar... bars) {
    marketData.upsertBars(new UpsertBarsCommand(List.of(bars)));
  }

  private static DailyBar day(String day, double close, Double factor) {
    return aBar().of(CODE.value()).on(day).prices(close, close, close, close, close)
        .adjFactor(factor).build();
  }
}
