package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class RecordSourceTest {

  @Test
  void streamsTheItemsOfAWholeTushareResponseWithTheirLines() throws IOException {
    try (RecordSource source = open(BodyFormat.JSON, """
        {"request_id":"x","code":0,"msg":"","data":{"fields":["ts_code","trade_date","close"],
         "items":[["000001.SZ","20240102",10.5],
                  ["600000.SH","20240102",7]],"has_more":false}}
        """)) {
      assertThat(source.shape()).isEqualTo(RecordSource.Shape.TUSHARE);
      assertThat(source.columns()).containsExactly("ts_code", "trade_date", "close");
      SourceItem first = source.next();
      SourceItem second = source.next();

      assertThat(first.<Double>decode(fields -> fields.number("close"))).isEqualTo(10.5);
      assertThat(first.<String>decode(fields -> fields.thirdCode("third_code").value())).isEqualTo("000001.SZ");
      assertThat(second.index()).isEqualTo(1);
      assertThat(second.line()).isEqualTo(3);
      assertThat(source.next()).isNull();
    }
  }

  @Test
  void learnsTheColumnsOfAJsonArrayFromItsFirstObject() throws IOException {
    try (RecordSource source = open(BodyFormat.JSON, """
        [{"third_code":"000001.SZ","trade_date":"2024-01-02"},
         {"third_code":"000001.SZ","trade_date":"2024-01-03"}]""")) {
      assertThat(source.shape()).isEqualTo(RecordSource.Shape.JSON_ARRAY);
      assertThat(source.columns()).containsExactly("third_code", "trade_date");
      assertThat(items(source)).hasSize(2);
    }
  }

  @Test
  void readsTushareItemsThatComeBeforeTheirFields() throws IOException {
    try (RecordSource source = open(BodyFormat.JSON,
        "{\"items\":[[\"000001.SZ\",1.5]],\"fields\":[\"ts_code\",\"close\"]}")) {
      assertThat(items(source).get(0).<Double>decode(fields -> fields.number("close"))).isEqualTo(1.5);
    }
  }

  @Test
  void aCsvRowWithTheWrongNumberOfCellsIsABadItemAtItsLine() throws IOException {
    try (RecordSource source = open(BodyFormat.CSV,
        "ts_code,trade_date,close\n000001.SZ,20240102,10.5\n\n000001.SZ,20240103\n")) {
      List<SourceItem> items = items(source);

      assertThat(items).hasSize(2);
      assertThat(items.get(1).line()).as("the blank line is skipped, not counted").isEqualTo(4);
      assertThatThrownBy(() -> items.get(1).decode(fields -> fields))
          .isInstanceOf(InvalidField.class).hasMessage(": has 2 cells but the header has 3");
    }
  }

  @Test
  void nanOrInfinityInJsonIsRefusedByFieldWithTheFix() throws IOException {
    try (RecordSource array = open(BodyFormat.JSON, "[{\"third_code\":\"000001.SZ\",\"pe\":NaN}]");
        RecordSource tushare = open(BodyFormat.JSON,
            "{\"fields\":[\"ts_code\",\"pe\"],\"items\":[[\"000001.SZ\",-Infinity]]}")) {
      for (RecordSource source : List.of(array, tushare)) {
        SourceItem item = source.next();
        assertThatThrownBy(() -> item.decode(fields -> fields)).isInstanceOf(InvalidField.class)
            .hasMessageStartingWith("pe: is NaN or Infinity").hasMessageContaining("send null")
            .hasMessageContaining("df.to_json(orient=\"records\")");
      }
    }
  }

  @Test
  void aTushareResponseWithoutDataSaysSo() {
    assertThatThrownBy(() -> open(BodyFormat.JSON, "{\"code\":40203,\"msg\":\"no access\",\"data\":null}"))
        .isInstanceOf(InvalidField.class).hasMessageContaining("data: is null")
        .hasMessageContaining("40203").hasMessageContaining("no access");
  }

  @Test
  void contentAfterTheBodyIsRefused() {
    assertThatThrownBy(() -> {
      try (RecordSource source = open(BodyFormat.JSON, "[{\"a\":1}] [2]")) {
        items(source);
      }
    }).isInstanceOf(InvalidField.class).hasMessageContaining("content after the end");
  }

  @Test
  void anEmptyCsvNeedsAHeader() {
    assertThatThrownBy(() -> open(BodyFormat.CSV, "")).isInstanceOf(InvalidField.class)
        .hasMessageContaining("header row");
  }

  static RecordSource open(BodyFormat format, String text) throws IOException {
    return RecordSource.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
  }

  static List<SourceItem> items(RecordSource source) throws IOException {
    var items = new ArrayList<SourceItem>();
    for (SourceItem item = source.next(); item != null; item = source.next()) {
      items.add(item);
    }
    return items;
  }
}
