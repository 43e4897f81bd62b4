package stockassistant.bootstrap.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The days the Shanghai and Shenzhen exchanges trade, near enough for benchmarks: weekdays, less
 * New Year's Day, the Spring Festival week, Qingming (from 2008), the first days of May and the
 * National Day week. About 245 days a year, as the real calendar has.
 */
final class TradingCalendar {
  /** Lunar New Year's Day, 1991 to 2025; other years close the week from 5 February. */
  private static final MonthDay[] SPRING_FESTIVAL = {
      md(2, 15), md(2, 4), md(1, 23), md(2, 10), md(1, 31), md(2, 19), md(2, 7), md(1, 28),
      md(2, 16), md(2, 5), md(1, 24), md(2, 12), md(2, 1), md(1, 22), md(2, 9), md(1, 29),
      md(2, 18), md(2, 7), md(1, 26), md(2, 14), md(2, 3), md(1, 23), md(2, 10), md(1, 31),
      md(2, 19), md(2, 8), md(1, 28), md(2, 16), md(2, 5), md(1, 25), md(2, 12), md(2, 1),
      md(1, 22), md(2, 10), md(1, 29)};

  private TradingCalendar() {}

  /** Every trading day from {@code first} to {@code last}, inclusive, ascending. */
  static List<LocalDate> between(LocalDate first, LocalDate last) {
    var days = new ArrayList<LocalDate>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (isTradingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  static boolean isTradingDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    int month = day.getMonthValue();
    int date = day.getDayOfMonth();
    if (month == 1 && date == 1 || month == 5 && date <= 3 || month == 10 && date <= 7
        || month == 4 && (date == 4 || date == 5) && day.getYear() >= 2008) {
      return false;
    }
    LocalDate newYear = springFestival(day.getYear());
    return day.isBefore(newYear.minusDays(1)) || day.isAfter(newYear.plusDays(5));
  }

  private static LocalDate springFestival(int year) {
    int index = year - 1991;
    MonthDay day = index >= 0 && index < SPRING_FESTIVAL.length ? SPRING_FESTIVAL[index] : md(2, 5);
    return day.atYear(year);
  }

  private static MonthDay md(int month, int day) {
    return MonthDay.of(month, day);
  }
}
