package stockassistant.adapters.persistence.sync;

import java.time.LocalDate;
import stockassistant.domain.sync.Dataset;
import stockassistant.domain.sync.DayMark;

/** A sync_day row. */
public record DayRow(LocalDate tradeDate, int rows, String missing, int attempts) {
  static DayRow of(DayMark mark) {
    return new DayRow(mark.day(), mark.rows(), Dataset.names(mark.missing()), mark.attempts());
  }

  DayMark toDomain() {
    return new DayMark(tradeDate, rows, Dataset.parse(missing), attempts);
  }
}
