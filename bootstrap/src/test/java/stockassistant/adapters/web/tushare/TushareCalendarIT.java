package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.adapters.web.support.ApiTest;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.stock.ThirdCode;

/** trade_cal from the stored calendar, and suspend_d, through a Tushare client's requests. */
class TushareCalendarIT extends ApiTest {
  private TushareClient pro;

  @BeforeEach
  void client() {
    pro = new TushareClient(http, "t", false);
  }

  @Test
  void tradeCalAnswersFromTheStoredCalendarOfTheExchangeAsked() {
    store(List.of(
        day(Exchange.SSE, "2024-02-08", true, "2024-02-07"),
        day(Exchange.SSE, "2024-02-09", false, "2024-02-08"),
        day(Exchange.SSE, "2024-02-19", true, "2024-02-08"),
        day(Exchange.BSE, "2024-02-19", false, "2024-02-08")), List.of());

    TushareClient.Frame sse = pro.query("trade_cal", "", "start_date", "20240201");
    TushareClient.Frame open = pro.query("trade_cal", "cal_date", "is_open", "1");
    TushareClient.Frame bse = pro.query("trade_cal", "", "exchange", "BSE");

    assertThat(sse.texts("cal_date")).containsExactly("20240219", "20240209", "20240208");
    assertThat(sse.row(0).toString()).isEqualTo(
        "{exchange=\"SSE\", cal_date=\"20240219\", is_open=1, pretrade_date=\"20240208\"}");
    assertThat(open.texts("cal_date")).containsExactly("20240219", "20240208");
    assertThat(bse.row(0).toString()).isEqualTo(
        "{exchange=\"BSE\", cal_date=\"20240219\", is_open=0, pretrade_date=\"20240208\"}");
  }

  @Test
  void tradeCalPagesThroughALongCalendar() {
    var days = new java.util.ArrayList<ExchangeDay>();
    for (LocalDate day = LocalDate.of(2015, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1));
        day = day.plusDays(1)) {
      days.add(new ExchangeDay(Exchange.SSE, day, true, null));
    }
    store(days, List.of());

    TushareClient.Frame all = pro.query("trade_cal", "cal_date");
    TushareClient.Frame window = pro.query("trade_cal", "cal_date", "limit", 3, "offset", 2500);

    assertThat(all.rows()).hasSize(days.size());
    assertThat(all.texts("cal_date").get(0)).isEqualTo("20241231");
    assertThat(window.texts("cal_date")).containsExactly("20180226", "20180225", "20180224");
    assertThat(window.hasMore()).isTrue();
  }

  @Test
  void suspendDFiltersByCodeDayRangeAndType() {
    store(List.of(), List.of(
        suspension("600000.SH", "2024-01-29", Suspension.SuspendType.S),
        suspension("600000.SH", "2024-01-30", Suspension.SuspendType.S),
        suspension("600000.SH", "2024-01-31", Suspension.SuspendType.R),
        suspension("000001.SZ", "2024-01-30", Suspension.SuspendType.S)));

    TushareClient.Frame all = pro.query("suspend_d", "");
    TushareClient.Frame oneDay = pro.query("suspend_d", "ts_code", "trade_date", "20240130");
    TushareClient.Frame resumed = pro.query("suspend_d", "ts_code,trade_date", "suspend_type", "R");
    TushareClient.Frame ranged = pro.query("suspend_d", "trade_date", "ts_code", "600000.SH",
        "start_date", "20240130", "end_date", "20240131");

    assertThat(all.columns()).containsExactly("ts_code", "trade_date", "suspend_timing",
        "suspend_type");
    assertThat(all.row(0).toString()).isEqualTo("{ts_code=\"600000.SH\", trade_date=\"20240131\", "
        + "suspend_timing=null, suspend_type=\"R\"}");
    assertThat(oneDay.texts("ts_code")).containsExactly("000001.SZ", "600000.SH");
    assertThat(resumed.texts("trade_date")).containsExactly("20240131");
    assertThat(ranged.texts("trade_date")).containsExactly("20240131", "20240130");
  }

  @Test
  void aBadSuspendTypeOrExchangeIsRefusedNamingIt() {
    var type = pro.post("suspend_d", "", "suspend_type", "X");
    var exchange = pro.post("trade_cal", "", "exchange", "NYSE");

    assertThat(type.get("code").asInt()).isEqualTo(40001);
    assertThat(type.get("msg").asText()).startsWith("params.suspend_type");
    assertThat(exchange.get("msg").asText()).startsWith("params.exchange");
  }

  private static void store(List<ExchangeDay> days, List<Suspension> suspensions) {
    var persistence = TestDatabase.persistence();
    persistence.unitOfWork().bulkWrite("test.store", db -> {
      persistence.calendar().upsertAll(db, days);
      return persistence.suspensions().upsertAll(db, suspensions);
    });
    persistence.close();
  }

  private static ExchangeDay day(Exchange exchange, String day, boolean open, String before) {
    return new ExchangeDay(exchange, LocalDate.parse(day), open, LocalDate.parse(before));
  }

  private static Suspension suspension(String code, String day, Suspension.SuspendType type) {
    return new Suspension(ThirdCode.of(code), LocalDate.parse(day), null, type);
  }
}
