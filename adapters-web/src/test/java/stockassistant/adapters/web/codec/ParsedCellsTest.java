package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

class ParsedCellsTest {

  @Test
  void theRowsOfOneCsvSourceShareTheirCodesAndDates() throws IOException {
    String csv = "ts_code,trade_date,close\n000001.SZ,20240102,1\n600000.SH,20240102,2\n"
        + "000001.SZ,20240103,3\n";
    var codes = new ArrayList<ThirdCode>();
    var dates = new ArrayList<LocalDate>();
    try (RecordSource source = RecordSource.open(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), BodyFormat.CSV)) {
      for (SourceItem item = source.next(); item != null; item = source.next()) {
        codes.add(item.decode(fields -> fields.thirdCode("third_code")));
        dates.add(item.decode(fields -> fields.requiredDate("trade_date")));
      }
    }

    assertThat(codes).extracting(ThirdCode::value)
        .containsExactly("000001.SZ", "600000.SH", "000001.SZ");
    assertThat(codes.get(2)).as("one object per code text").isSameAs(codes.get(0));
    assertThat(dates).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2),
        LocalDate.of(2024, 1, 3));
    assertThat(dates.get(1)).isSameAs(dates.get(0));
  }

  @Test
  void aBadCellIsRefusedEveryTimeWithTheFieldItCameUnder() {
    var parsed = new ParsedCells();
    parsed.code("ts_code", "000001.SZ");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> parsed.code("ts_code", "1.SZ")).isInstanceOf(InvalidField.class)
          .hasMessage("ts_code: " + ThirdCode.SHAPE_RULE + ", not '1.SZ'");
      assertThatThrownBy(() -> parsed.date("trade_date", "20240230"))
          .isInstanceOf(InvalidField.class).hasMessage("trade_date: is not a real date: '20240230'");
    }
    assertThat(parsed.size()).as("only good values are kept").isEqualTo(1);
  }

  @Test
  void keepsAtMostItsLimitAndStillParsesEveryValueAfterIt() {
    var parsed = new ParsedCells();
    LocalDate day = LocalDate.of(1900, 1, 1);
    for (int i = 0; i < ParsedCells.LIMIT + 10; i++) {
      LocalDate next = day.plusDays(i);
      String text = next.toString();
      assertThat(parsed.date("trade_date", text)).isEqualTo(next);
    }
    assertThat(parsed.size()).isEqualTo(ParsedCells.LIMIT);
    assertThat(parsed.code("third_code", "600000.SH")).isEqualTo(new ThirdCode("600000.SH"));
    assertThat(parsed.size()).as("dates and codes count towards their own limits")
        .isEqualTo(ParsedCells.LIMIT + 1);
    assertThat(List.of(parsed.date("trade_date", "1900-01-01"))).containsExactly(day);
  }
}
