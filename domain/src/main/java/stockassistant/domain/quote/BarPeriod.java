package stockassistant.domain.quote;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar period that weekly and monthly bars summarise. */
public enum BarPeriod {
  /** Monday to Sunday: a week that spans a month end is one week. */
  WEEK {
    @Override
    public LocalDate start(LocalDate day) {
      return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public LocalDate end(LocalDate day) {
      return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
  },
  /** A calendar month. */
  MONTH {
    @Override
    public LocalDate start(LocalDate day) {
      return day.withDayOfMonth(1);
    }

    @Override
    public LocalDate end(LocalDate day) {
      return day.with(TemporalAdjusters.lastDayOfMonth());
    }
  };

  /** The first calendar day of the period that holds {@code day}. */
  public abstract LocalDate start(LocalDate day);

  /** The last calendar day of the period that holds {@code day}. */
  public abstract LocalDate end(LocalDate day);
}
