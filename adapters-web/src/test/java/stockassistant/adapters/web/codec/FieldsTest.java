package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class FieldsTest {

  @Test
  void aJsonNumberFieldRefusesAStringNumber() throws IOException {
    Fields fields = json("{\"close\":\"10.5\"}");

    assertThatThrownBy(() -> fields.number("close")).isInstanceOf(InvalidField.class)
        .hasMessage("close: must be a JSON number, not a string");
  }

  @Test
  void aCsvCellIsParsedAsADecimalNumberOnly() {
    assertThat(csv("close", "1.5e-3").number("close")).isEqualTo(0.0015);
    assertThat(csv("close", "-.5").number("close")).isEqualTo(-0.5);
    for (String loose : new String[] {"1d", "0x1p3", "1,5", "ten"}) {
      assertThatThrownBy(() -> csv("close", loose).number("close")).isInstanceOf(InvalidField.class)
          .hasMessage("close: must be a number, not '" + loose + "'");
    }
  }

  @Test
  void aNanCellSaysToLeaveItEmpty() {
    assertThatThrownBy(() -> csv("pe", "NaN").number("pe")).isInstanceOf(InvalidField.class)
        .hasMessageContaining("leave the cell empty");
  }

  @Test
  void anImpossibleDateIsRefusedAsTheApiRefusesIt() throws IOException {
    assertThatThrownBy(() -> json("{\"trade_date\":\"20240230\"}").requiredDate("trade_date"))
        .hasMessage("trade_date: is not a real date: '20240230'");
    assertThatThrownBy(() -> json("{\"trade_date\":\"2024-1-02\"}").requiredDate("trade_date"))
        .hasMessage("trade_date: must be a date as YYYY-MM-DD or YYYYMMDD, not '2024-1-02'");
    assertThat(csv("trade_date", "20240102").requiredDate("trade_date"))
        .isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void tsCodeIsAnotherNameForThirdCode() throws IOException {
    assertThat(json("{\"ts_code\":\"000001.SZ\"}").thirdCode("third_code").value()).isEqualTo("000001.SZ");
    assertThat(json("{\"ts_code\":\"000001.SZ\",\"third_code\":\"000001.SZ\"}").text("third_code"))
        .isEqualTo("000001.SZ");
  }

  @Test
  void aMalformedTsCodeIsNamedAsSent() throws IOException {
    assertThatThrownBy(() -> json("{\"ts_code\":\"1.SZ\"}").thirdCode("third_code"))
        .hasMessageStartingWith("ts_code: must look like 000001.SZ");
  }

  @Test
  void aJsonArrayRowReadsByItsHeaderWithJsonRules() throws IOException {
    var header = new CsvHeader(List.of("ts_code", "trade_date", "close", "pe"));
    Fields row = Fields.ofJsonRow(header, Json.MAPPER.readTree("[\"000001.SZ\",\"20240102\",10.5,null]"));

    assertThat(row.thirdCode("third_code").value()).isEqualTo("000001.SZ");
    assertThat(row.requiredDate("trade_date")).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(row.number("close")).isEqualTo(10.5);
    assertThat(row.number("pe")).isNull();
    assertThat(row.number("vol")).as("a field the header lacks").isNull();
    Fields text = Fields.ofJsonRow(header, Json.MAPPER.readTree("[\"000001.SZ\",\"20240102\",\"10.5\",1]"));
    assertThatThrownBy(() -> text.number("close")).isInstanceOf(InvalidField.class)
        .hasMessage("close: must be a JSON number, not a string");
    assertThatThrownBy(() -> Fields.ofJsonRow(header, Json.MAPPER.readTree("[\"1.SZ\",\"20240102\",1,1]"))
        .thirdCode("third_code")).hasMessageStartingWith("ts_code: must look like 000001.SZ");
    assertThat(row.metrics(stockassistant.domain.quote.BarMetric.class).asMap())
        .containsOnly(org.assertj.core.api.Assertions.entry(stockassistant.domain.quote.BarMetric.CLOSE, 10.5));
    assertThatThrownBy(() -> text.metrics(stockassistant.domain.quote.BarMetric.class))
        .hasMessage("close: must be a JSON number, not a string");
  }

  @Test
  void tsCodeAndThirdCodeThatDifferAreRefusedNamingTsCode() {
    assertThatThrownBy(() -> json("{\"ts_code\":\"000001.SZ\",\"third_code\":\"600000.SH\"}"))
        .isInstanceOf(InvalidField.class).hasMessageStartingWith("ts_code: is another name for third_code");
  }

  private static Fields json(String text) throws IOException {
    return Fields.ofJson(Json.MAPPER.readTree(text));
  }

  private static Fields csv(String column, String cell) {
    return Fields.ofCsv(new CsvHeader(List.of(column)), List.of(cell));
  }
}
