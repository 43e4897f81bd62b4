package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.calendar.CalendarStore;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;

/** trade_calendar and stock_suspension through MyBatis, in statements of at most 1,000 rows. */
public final class MyBatisCalendarStore implements CalendarStore {
  /** Rows per INSERT: 4 parameters each, far below pgjdbc's 32,767-parameter limit. */
  private static final int CHUNK = 1_000;
  private final Transactions tx;

  public MyBatisCalendarStore(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public int upsertDays(List<ExchangeDay> days) {
    int written = 0;
    for (int start = 0; start < days.size(); start += CHUNK) {
      written += mapper().upsertDays(days.subList(start, Math.min(days.size(), start + CHUNK)));
    }
    return written;
  }

  @Override
  public int upsertSuspensions(List<Suspension> suspensions) {
    // the last of a duplicated key wins, as in every other upsert (ON CONFLICT refuses a
    // statement touching the same row twice)
    var last = new java.util.LinkedHashMap<String, Suspension>();
    suspensions.forEach(s -> last.put(s.thirdCode().value() + s.tradeDate(), s));
    List<Suspension> unique = List.copyOf(last.values());
    int written = 0;
    for (int start = 0; start < unique.size(); start += CHUNK) {
      written += mapper().upsertSuspensions(unique.subList(start, Math.min(unique.size(), start + CHUNK)));
    }
    return written;
  }

  @Override
  public List<LocalDate> openDays(String exchange, LocalDate from, LocalDate to) {
    return mapper().openDays(exchange, from, to);
  }

  @Override
  public Optional<LocalDate> newestOpenDay(String exchange, LocalDate day) {
    return Optional.ofNullable(mapper().newestOpenDay(exchange, day));
  }

  private CalendarMapper mapper() {
    return tx.mapper(CalendarMapper.class);
  }
}
