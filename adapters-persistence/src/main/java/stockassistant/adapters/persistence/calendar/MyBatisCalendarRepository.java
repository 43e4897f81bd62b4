package stockassistant.adapters.persistence.calendar;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.calendar.CalendarRepository;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;

/** trade_calendar through MyBatis. A year of three exchanges is ~1,100 rows: VALUES batches. */
public final class MyBatisCalendarRepository implements CalendarRepository {
  /** Four binds a row: far under the protocol's 32,767 binds a statement. */
  private static final int BATCH_ROWS = 2_000;


  @Override
  public int upsertAll(Db db, List<ExchangeDay> days) {
    List<CalendarRow> rows = LastPerKey.of(days, day -> day.exchange() + " " + day.calDate())
        .stream().map(CalendarRow::of).toList();
    int written = 0;
    for (List<CalendarRow> batch : Batches.of(rows, BATCH_ROWS)) {
      written += OpenWork.of(db).mapper(CalendarMapper.class).upsert(batch);
    }
    return written;
  }

  @Override
  public boolean holds(Db db, Exchange exchange) {
    return OpenWork.of(db).mapper(CalendarMapper.class).holds(exchange.name());
  }

  @Override
  public List<ExchangeDay> days(Db db, Exchange exchange, LocalDate from, LocalDate to, Boolean open,
      LocalDate before, int skip, int limit) {
    return OpenWork.of(db).mapper(CalendarMapper.class).days(exchange.name(), from, to, open, before, skip, limit)
        .stream().map(CalendarRow::toDomain).toList();
  }

  @Override
  public Optional<LocalDate> newestOpenDay(Db db, Exchange exchange, LocalDate notAfter) {
    return Optional.ofNullable(
        OpenWork.of(db).mapper(CalendarMapper.class).newestOpenDay(exchange.name(), notAfter));
  }

  @Override
  public int openDaysBetween(Db db, Exchange exchange, LocalDate after, LocalDate upTo) {
    return OpenWork.of(db).mapper(CalendarMapper.class).openDaysBetween(exchange.name(), after, upTo);
  }
}
