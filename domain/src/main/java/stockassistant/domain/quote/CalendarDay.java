package stockassistant.domain.quote;

import java.time.LocalDate;

/**
 * One calendar day of the trading calendar: open when any bar is stored for it; the previous
 * open day before it (null when none is stored).
 */
public record CalendarDay(LocalDate day, boolean open, LocalDate previousOpenDay) {}
