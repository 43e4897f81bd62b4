package stockassistant.adapters.persistence.calendar;

import stockassistant.domain.transaction.Db;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.DatabaseTest;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionSearch;
import stockassistant.domain.stock.ThirdCode;

class CalendarRepositoriesIT extends DatabaseTest {
  private final MyBatisCalendarRepository calendar = persistence.calendar();
  private final MyBatisSuspensionRepository suspensions = persistence.suspensions();

  @Test
  void lastDuplicateWinsAndAnIdenticalCalendarWritesNothing() {
    List<ExchangeDay> days = List.of(day("2024-02-08", true, "2024-02-07"),
        day("2024-02-09", true, "2024-02-08"), day("2024-02-09", false, "2024-02-08"));

    assertThat(write((Db db) -> calendar.upsertAll(db, days))).isEqualTo(2);
    assertThat(write((Db db) -> calendar.upsertAll(db, days))).as("identical rows").isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM trade_calendar WHERE is_open")).isEqualTo(1);
    assertThat(read((Db db) -> calendar.holds(db, Exchange.SSE))).isTrue();
    assertThat(read((Db db) -> calendar.holds(db, Exchange.BSE))).isFalse();
  }

  @Test
  void daysPageNewestFirstAndCountOpenDays() {
    write(db -> calendar.upsertAll(db, List.of(day("2024-02-07", true, null),
        day("2024-02-08", true, "2024-02-07"), day("2024-02-09", false, "2024-02-08"),
        day("2024-02-19", true, "2024-02-08"))));

    List<ExchangeDay> first = read(db -> calendar.days(db, Exchange.SSE, null, null, null, null, 0, 2));
    List<ExchangeDay> next = read(db -> calendar.days(db, Exchange.SSE, null, null, null,
        first.get(1).calDate(), 0, 2));
    List<ExchangeDay> open = read(db -> calendar.days(db, Exchange.SSE, LocalDate.parse("2024-02-08"),
        null, true, null, 0, 10));

    assertThat(first).extracting(ExchangeDay::calDate).containsExactly(
        LocalDate.parse("2024-02-19"), LocalDate.parse("2024-02-09"));
    assertThat(next).extracting(ExchangeDay::calDate).containsExactly(
        LocalDate.parse("2024-02-08"), LocalDate.parse("2024-02-07"));
    assertThat(open).extracting(ExchangeDay::calDate).containsExactly(
        LocalDate.parse("2024-02-19"), LocalDate.parse("2024-02-08"));
    assertThat(read((Db db) -> calendar.newestOpenDay(db, Exchange.SSE, LocalDate.parse("2024-02-18"))))
        .contains(LocalDate.parse("2024-02-08"));
    assertThat(read((Db db) -> calendar.openDaysBetween(db, Exchange.SSE, LocalDate.parse("2024-02-07"),
        LocalDate.parse("2024-02-19")))).isEqualTo(2);
  }

  @Test
  void suspensionsUpsertAndSearchNewestFirstByKeyset() {
    write(db -> suspensions.upsertAll(db, List.of(
        suspension("600000.SH", "2024-01-30", "S"), suspension("000001.SZ", "2024-01-30", "S"),
        suspension("600000.SH", "2024-01-31", "S"), suspension("600000.SH", "2024-01-31", "R"))));
    var all = new SuspensionSearch(List.of(), null, null, null);

    List<Suspension> first = read(db -> suspensions.search(db, all, null, 0, 2));
    List<Suspension> rest = read(db -> suspensions.search(db, all, first.get(1), 0, 2));

    assertThat(first).extracting(s -> s.thirdCode() + " " + s.tradeDate() + " " + s.suspendType())
        .containsExactly("600000.SH 2024-01-31 R", "000001.SZ 2024-01-30 S");
    assertThat(rest).extracting(s -> s.thirdCode() + " " + s.tradeDate())
        .containsExactly("600000.SH 2024-01-30");
    assertThat(read((Db db) -> suspensions.search(db, new SuspensionSearch(List.of(),
        null, null, Suspension.SuspendType.R), null, 0, 10))).hasSize(1);
  }

  private static ExchangeDay day(String day, boolean open, String before) {
    return new ExchangeDay(Exchange.SSE, LocalDate.parse(day), open,
        before == null ? null : LocalDate.parse(before));
  }

  private static Suspension suspension(String code, String day, String type) {
    return new Suspension(ThirdCode.of(code), LocalDate.parse(day), null,
        Suspension.SuspendType.valueOf(type));
  }
}
