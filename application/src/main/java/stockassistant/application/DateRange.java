package stockassistant.application;

import java.time.LocalDate;
import java.util.function.Function;
import stockassistant.domain.InvalidField;

/** An inclusive range of days; start after end is a client error. */
public record DateRange(LocalDate start, LocalDate end) {
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public DateRange {
    start = start == null ? EARLIEST : start;
    end = end == null ? LATEST : end;
    requireOrdered(start, end);
  }

  /** The one rule of a range of days: start after end is the client's error, named "start". */
  public static void requireOrdered(LocalDate start, LocalDate end) {
    requireOrdered("start", start, "end", end, LocalDate::toString);
  }

  /** As above, with the request's own names and date format (Tushare's start_date, 20240102). */
  public static void requireOrdered(String startName, LocalDate start, String endName,
      LocalDate end, Function<LocalDate, String> shown) {
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidField(startName, "must not be after " + endName + " (" + shown.apply(start)
          + " > " + shown.apply(end) + ")");
    }
  }
}
