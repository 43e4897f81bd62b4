package stockassistant.adapters.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.codec.CsvHeader;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.Json;
import stockassistant.domain.InvalidField;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.Suspension;

class CalendarCodecTest {

  @Test
  void readsTushareTradeCalFromCsvAndJson() throws Exception {
    var csv = CalendarCodec.fromFields(Fields.ofCsv(
        new CsvHeader(List.of("exchange", "cal_date", "is_open", "pretrade_date")),
        List.of("SZSE", "20240219", "1", "20240208")));
    var json = CalendarCodec.fromFields(Fields.ofJson(Json.MAPPER.readTree(
        "{\"cal_date\":\"2024-02-18\",\"is_open\":0}")));
    var text = CalendarCodec.fromFields(Fields.ofJson(Json.MAPPER.readTree(
        "{\"cal_date\":\"20240218\",\"is_open\":\"1\"}")));

    assertThat(csv.exchange()).isEqualTo(Exchange.SZSE);
    assertThat(csv.open()).isTrue();
    assertThat(csv.pretradeDate()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(json.exchange()).as("Tushare's default").isEqualTo(Exchange.SSE);
    assertThat(json.open()).isFalse();
    assertThat(text.open()).isTrue();
  }

  @Test
  void refusesWhatIsNotACalendarDayNamingTheField() {
    var header = new CsvHeader(List.of("exchange", "cal_date", "is_open"));
    assertThatThrownBy(() -> CalendarCodec.fromFields(Fields.ofCsv(header,
        List.of("NYSE", "20240219", "1")))).isInstanceOf(InvalidField.class)
        .hasMessageStartingWith("exchange:");
    assertThatThrownBy(() -> CalendarCodec.fromFields(Fields.ofCsv(header,
        List.of("SSE", "20240219", "2")))).hasMessageStartingWith("is_open:");
    assertThatThrownBy(() -> CalendarCodec.fromFields(Fields.ofCsv(header,
        List.of("SSE", "20240219", "")))).hasMessageStartingWith("is_open: is required");
  }

  @Test
  void readsSuspendDAndRefusesAnUnknownType() {
    var header = new CsvHeader(List.of("ts_code", "trade_date", "suspend_timing", "suspend_type"));
    Suspension resumed = SuspensionCodec.fromFields(Fields.ofCsv(header,
        List.of("600000.SH", "20240131", "", "R")));
    Suspension defaulted = SuspensionCodec.fromFields(Fields.ofCsv(header,
        List.of("600000.SH", "20240130", "09:30-10:30", "")));

    assertThat(resumed.suspendType()).isEqualTo(Suspension.SuspendType.R);
    assertThat(defaulted.suspendType()).as("defaults to suspended").isEqualTo(Suspension.SuspendType.S);
    assertThat(defaulted.suspendTiming()).isEqualTo("09:30-10:30");
    assertThatThrownBy(() -> SuspensionCodec.fromFields(Fields.ofCsv(header,
        List.of("600000.SH", "20240131", "", "X")))).hasMessageStartingWith("suspend_type:");
  }
}
