package stockassistant.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly and monthly bars worked out by hand. */
class PeriodBarsTest {
  /** Fri 01-26, then the week Mon 01-29 .. Fri 02-02, which spans the end of January. */
  private static final List<DailyBar> ACROSS_MONTH_END = List.of(
      day("2024-01-26", 10.0, 10.3, 9.9, 10.2, 10.0, 100, 1000),
      day("2024-01-29", 10.2, 10.6, 10.1, 10.5, 10.2, 200, 2100),
      day("2024-01-30", 10.5, 10.8, 10.4, 10.4, 10.5, 150, 1570),
      day("2024-01-31", 10.4, 10.5, 9.8, 9.9, 10.4, 300, 3000),
      day("2024-02-01", 9.9, 10.1, 9.7, 10.0, 9.9, 250, 2480),
      day("2024-02-02", 10.0, 10.9, 10.0, 10.8, 10.0, 400, 4300));

  /** National Day 2024: Mon 09-30 is the only trading day of its week (09-30 .. 10-06). */
  private static final List<DailyBar> AROUND_A_HOLIDAY = List.of(
      day("2024-09-27", 10.0, 10.4, 9.9, 10.3, 10.0, 100, 1000),
      day("2024-09-30", 10.3, 11.3, 10.2, 11.0, 10.3, 500, 5400),
      day("2024-10-08", 11.5, 12.1, 11.0, 11.2, 11.0, 700, 8000));

  @Test
  void aWeekThatSpansAMonthEndIsOneWeeklyBar() {
    List<DailyBar> weeks = aggregate(BarPeriod.WEEK, ACROSS_MONTH_END);

    assertThat(weeks).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-01-26"), LocalDate.parse("2024-02-02"));
    DailyBar week = weeks.get(1);
    assertThat(week.get(BarMetric.OPEN)).isEqualTo(10.2);
    assertThat(week.get(BarMetric.HIGH)).isEqualTo(10.9);
    assertThat(week.get(BarMetric.LOW)).isEqualTo(9.7);
    assertThat(week.get(BarMetric.CLOSE)).isEqualTo(10.8);
    assertThat(week.get(BarMetric.PRE_CLOSE)).as("the previous week's close").isEqualTo(10.2);
    assertThat(week.get(BarMetric.CHANGE)).isCloseTo(0.6, within(1e-12));
    assertThat(week.get(BarMetric.PCT_CHG)).isCloseTo(5.882352941176471, within(1e-12));
    assertThat(week.get(BarMetric.VOL)).isEqualTo(1300.0);
    assertThat(week.get(BarMetric.AMOUNT)).isEqualTo(13450.0);
  }

  @Test
  void theSameDaysSplitIntoTwoMonthsAtTheMonthEnd() {
    List<DailyBar> months = aggregate(BarPeriod.MONTH, ACROSS_MONTH_END);

    assertThat(months).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-02"));
    DailyBar january = months.get(0);
    assertThat(january.get(BarMetric.OPEN)).isEqualTo(10.0);
    assertThat(january.get(BarMetric.HIGH)).isEqualTo(10.8);
    assertThat(january.get(BarMetric.LOW)).isEqualTo(9.8);
    assertThat(january.get(BarMetric.CLOSE)).isEqualTo(9.9);
    assertThat(january.get(BarMetric.PRE_CLOSE)).isEqualTo(10.0);
    assertThat(january.get(BarMetric.CHANGE)).isCloseTo(-0.1, within(1e-12));
    assertThat(january.get(BarMetric.PCT_CHG)).isCloseTo(-1.0, within(1e-12));
    assertThat(january.get(BarMetric.VOL)).isEqualTo(750.0);
    assertThat(january.get(BarMetric.AMOUNT)).isEqualTo(7670.0);
    DailyBar february = months.get(1);
    assertThat(february.get(BarMetric.OPEN)).isEqualTo(9.9);
    assertThat(february.get(BarMetric.HIGH)).isEqualTo(10.9);
    assertThat(february.get(BarMetric.LOW)).isEqualTo(9.7);
    assertThat(february.get(BarMetric.CLOSE)).isEqualTo(10.8);
    assertThat(february.get(BarMetric.PRE_CLOSE)).as("January's close").isEqualTo(9.9);
    assertThat(february.get(BarMetric.CHANGE)).isCloseTo(0.9, within(1e-12));
    assertThat(february.get(BarMetric.PCT_CHG)).isCloseTo(9.090909090909092, within(1e-12));
    assertThat(february.get(BarMetric.VOL)).isEqualTo(650.0);
    assertThat(february.get(BarMetric.AMOUNT)).isEqualTo(6780.0);
  }

  @Test
  void aHolidayWeekWithOneTradingDayIsThatDay() {
    List<DailyBar> weeks = aggregate(BarPeriod.WEEK, AROUND_A_HOLIDAY);

    assertThat(weeks).extracting(DailyBar::tradeDate).containsExactly(
        LocalDate.parse("2024-09-27"), LocalDate.parse("2024-09-30"), LocalDate.parse("2024-10-08"));
    DailyBar holidayWeek = weeks.get(1);
    assertThat(holidayWeek.get(BarMetric.OPEN)).isEqualTo(10.3);
    assertThat(holidayWeek.get(BarMetric.HIGH)).isEqualTo(11.3);
    assertThat(holidayWeek.get(BarMetric.LOW)).isEqualTo(10.2);
    assertThat(holidayWeek.get(BarMetric.CLOSE)).isEqualTo(11.0);
    assertThat(holidayWeek.get(BarMetric.PRE_CLOSE)).isEqualTo(10.3);
    assertThat(holidayWeek.get(BarMetric.CHANGE)).isCloseTo(0.7, within(1e-12));
    assertThat(holidayWeek.get(BarMetric.PCT_CHG)).isCloseTo(6.796116504854369, within(1e-12));
    assertThat(holidayWeek.get(BarMetric.VOL)).isEqualTo(500.0);
    DailyBar after = weeks.get(2);
    assertThat(after.get(BarMetric.PRE_CLOSE)).as("the holiday week's close").isEqualTo(11.0);
    assertThat(after.get(BarMetric.PCT_CHG)).isCloseTo(1.8181818181818181, within(1e-12));
  }

  @Test
  void theHolidayWeeksOnlyDayClosesSeptember() {
    List<DailyBar> months = aggregate(BarPeriod.MONTH, AROUND_A_HOLIDAY);

    assertThat(months).extracting(DailyBar::tradeDate)
        .containsExactly(LocalDate.parse("2024-09-30"), LocalDate.parse("2024-10-08"));
    assertThat(months.get(0).get(BarMetric.OPEN)).isEqualTo(10.0);
    assertThat(months.get(0).get(BarMetric.CLOSE)).isEqualTo(11.0);
    assertThat(months.get(0).get(BarMetric.HIGH)).isEqualTo(11.3);
    assertThat(months.get(0).get(BarMetric.AMOUNT)).isEqualTo(6400.0);
  }

  @Test
  void newestFirstGivesTheSameBarsInReverse() {
    List<DailyBar> oldestFirst = aggregate(BarPeriod.WEEK, ACROSS_MONTH_END);
    var newestFirst = new ArrayList<DailyBar>();
    PeriodBars periods = PeriodBars.newestFirst(BarPeriod.WEEK, newestFirst::add);

    reversed(ACROSS_MONTH_END).forEach(periods);
    periods.finish();

    assertThat(newestFirst).containsExactlyElementsOf(reversed(oldestFirst));
  }

  @Test
  void newestFirstOrdersSeveralCodesByTheirPeriodsLastDayThenCode() {
    var out = new ArrayList<DailyBar>();
    PeriodBars periods = PeriodBars.newestFirst(BarPeriod.WEEK, out::add);

    // 000002.SZ is suspended on Friday: its week ends on Thursday
    periods.accept(aBar().of("000001.SZ").on("2024-02-02").build());
    periods.accept(aBar().of("000001.SZ").on("2024-02-01").build());
    periods.accept(aBar().of("000002.SZ").on("2024-02-01").build());
    periods.accept(aBar().of("000001.SZ").on("2024-01-26").build());
    periods.accept(aBar().of("000002.SZ").on("2024-01-26").build());
    periods.finish();

    assertThat(out).extracting(bar -> bar.thirdCode().value() + " " + bar.tradeDate()).containsExactly(
        "000001.SZ 2024-02-02", "000002.SZ 2024-02-01", "000001.SZ 2024-01-26", "000002.SZ 2024-01-26");
  }

  @Test
  void unknownValuesStayUnknown() {
    var out = new ArrayList<DailyBar>();
    PeriodBars periods = PeriodBars.oldestFirst(BarPeriod.WEEK, out::add);

    periods.accept(aBar().on("2024-01-29").without(BarMetric.PRE_CLOSE).without(BarMetric.VOL).build());
    periods.accept(aBar().on("2024-01-30").without(BarMetric.VOL).build());
    periods.finish();

    assertThat(out.get(0).get(BarMetric.PRE_CLOSE)).isNull();
    assertThat(out.get(0).get(BarMetric.CHANGE)).isNull();
    assertThat(out.get(0).get(BarMetric.PCT_CHG)).isNull();
    assertThat(out.get(0).get(BarMetric.VOL)).as("null, never 0").isNull();
  }

  @Test
  void daysWithOnlyACloseMakeAPeriodWithUnknownHighLowAndVolume() {
    // a bar stored with nothing but its close: no high, low, volume or amount to sum up
    List<DailyBar> weeks = aggregate(BarPeriod.WEEK, List.of(
        onlyClose(aBar().of("000001.SZ").on("2024-01-02").close(9.21)),
        onlyClose(aBar().of("000001.SZ").on("2024-01-03").close(9.30))));

    assertThat(weeks).hasSize(1);
    DailyBar week = weeks.get(0);
    assertThat(week.get(BarMetric.CLOSE)).isEqualTo(9.30);
    assertThat(week.get(BarMetric.HIGH)).isNull();
    assertThat(week.get(BarMetric.LOW)).isNull();
    assertThat(week.get(BarMetric.VOL)).isNull();
  }

  private static DailyBar onlyClose(stockassistant.domain.testdata.DailyBarBuilder bar) {
    for (BarMetric metric : BarMetric.values()) {
      if (metric != BarMetric.CLOSE) {
        bar.without(metric);
      }
    }
    return bar.build();
  }

  private static List<DailyBar> aggregate(BarPeriod period, List<DailyBar> days) {
    var out = new ArrayList<DailyBar>();
    PeriodBars periods = PeriodBars.oldestFirst(period, out::add);
    days.forEach(periods);
    periods.finish();
    return out;
  }

  private static List<DailyBar> reversed(List<DailyBar> bars) {
    var copy = new ArrayList<>(bars);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static DailyBar day(String day, double open, double high, double low, double close,
      double preClose, double vol, double amount) {
    return aBar().of("000001.SZ").on(day).prices(open, high, low, close, preClose)
        .traded(vol, amount).build();
  }
}
