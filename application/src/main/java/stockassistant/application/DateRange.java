package stockassistant.application;

import java.time.LocalDate;
import stockassistant.domain.InvalidField;

/** An inclusive range of days; start after end is a client error. */
public record DateRange(LocalDate start, LocalDate end) {
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public DateRange {
    start = start == null ? EARLIEST : start;
    end = end == null ? LATEST : end;
    if (start.isAfter(end)) {
      throw new InvalidField("start", "must not be after end (" + start + " > " + end + ")");
    }
  }

  /** Where the next page of an ascending read begins: the day after {@code after}, or start. */
  public LocalDate startAfter(LocalDate after) {
    return after == null ? start : after.plusDays(1);
  }
}
