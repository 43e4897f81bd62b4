package stockassistant.application.marketdata;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The days with bars from {@code to} back to {@code from}, newest first, then the one before
 * {@code from} (which gives {@code from} its previous open day). Read lazily, a page of days at a
 * time, each page one bounded read, so a calendar walk that stops early reads no further.
 */
final class OpenDays implements Iterator<LocalDate> {
  private final LocalDate from;
  private final BiFunction<LocalDate, LocalDate, List<LocalDate>> pageBetween;
  private final Function<LocalDate, Optional<LocalDate>> dayBefore;
  private final int pageSize;
  private Iterator<LocalDate> page = Collections.emptyIterator();
  private LocalDate upTo;
  private boolean rangeRead;
  private boolean beforeRead;

  /**
   * @param pageBetween reads at most {@code pageSize} days with bars from..to, newest first
   * @param dayBefore reads the newest day with bars before the given one
   */
  OpenDays(LocalDate from, LocalDate to, int pageSize,
      BiFunction<LocalDate, LocalDate, List<LocalDate>> pageBetween,
      Function<LocalDate, Optional<LocalDate>> dayBefore) {
    this.from = from;
    this.upTo = to;
    this.pageSize = pageSize;
    this.pageBetween = pageBetween;
    this.dayBefore = dayBefore;
  }

  @Override
  public boolean hasNext() {
    while (!page.hasNext()) {
      if (!rangeRead) {
        List<LocalDate> days = upTo.isBefore(from) ? List.of() : pageBetween.apply(from, upTo);
        rangeRead = days.size() < pageSize;
        if (!days.isEmpty()) {
          upTo = days.get(days.size() - 1).minusDays(1);
        }
        page = days.iterator();
      } else if (!beforeRead) {
        beforeRead = true;
        page = dayBefore.apply(from).stream().iterator();
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public LocalDate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }
}
