package stockassistant.domain.quote;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every calendar day from {@code to} back to {@code from}, newest first, told open or not and
 * given the previous open day, from the open days alone (a stream, newest first): memory is one
 * day whatever the range. The open days are pulled one at a time as the walk needs them, so a
 * caller that stops early never reads the rest.
 */
public final class TradingCalendar implements Iterator<CalendarDay> {
  private final LocalDate from;
  private final Iterator<LocalDate> openDays;
  private LocalDate day;
  /** The newest open day not after {@code day} that the walk has not passed yet (null: none). */
  private LocalDate nextOpen;
  private boolean started;

  /**
   * @param openDays the days with bars, newest first, starting at or before {@code to}; to give
   *     {@code from} its previous open day it must go on past {@code from} by one day
   */
  public TradingCalendar(LocalDate from, LocalDate to, Iterator<LocalDate> openDays) {
    this.from = from;
    this.day = to;
    this.openDays = openDays;
  }

  @Override
  public boolean hasNext() {
    return !day.isBefore(from);
  }

  @Override
  public CalendarDay next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (!started) {
      started = true;
      nextOpen = pull();
    }
    while (nextOpen != null && nextOpen.isAfter(day)) {
      nextOpen = pull();
    }
    boolean open = day.equals(nextOpen);
    if (open) {
      nextOpen = pull();
    }
    var calendarDay = new CalendarDay(day, open, nextOpen);
    day = day.minusDays(1);
    return calendarDay;
  }

  private LocalDate pull() {
    return openDays.hasNext() ? openDays.next() : null;
  }
}
