package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stockassistant.adapters.web.quotes.BarCodec;
import stockassistant.application.ingest.DecodedBatch;
import stockassistant.domain.InvalidField;
import stockassistant.domain.quote.DailyBar;

/** Files are decoded by the HTTP API's own decoder: the same rows fail, with the same words. */
class FileBatchesTest {
  private static final String TUSHARE = """
      {"code":0,"data":{"fields":["ts_code","trade_date","close"],"items":[
      ["000001.SZ","20240102",10.5],
      ["000001.SZ","20240103","10.5"],
      ["000001.SZ","20240230",10.7],
      ["000001.SZ","2024013",10.8]]}}
      """;

  @TempDir
  Path dir;

  @Test
  void aStringNumberAndImpossibleDatesFailAsTheyFailInARequestBody() throws IOException {
    List<String> fromFile = badRowMessages(file("daily.json", TUSHARE));
    List<String> fromApi = apiMessages(TUSHARE);

    assertThat(fromApi).containsExactly(
        "items[1].close: must be a JSON number, not a string",
        "items[2].trade_date: is not a real date: '20240230'",
        "items[3].trade_date: must be a date as YYYY-MM-DD or YYYYMMDD, not '2024013'");
    Path daily = dir.resolve("daily.json");
    assertThat(fromFile).containsExactly(
        daily + ":3: " + fromApi.get(0), daily + ":4: " + fromApi.get(1), daily + ":5: " + fromApi.get(2));
  }

  @Test
  void aCsvRowIsNamedByItsLineAndField() throws IOException {
    Path csv = file("bars.csv", "ts_code,trade_date,close\n000001.SZ,20240230,1\n000001.SZ,20240102,x\n");

    assertThat(badRowMessages(csv)).containsExactly(
        csv + ":2: trade_date: is not a real date: '20240230'",
        csv + ":3: close: must be a number, not 'x'");
  }

  @Test
  void batchesHoldAtMostTheirRowsAndCountEveryRowGoodOrBad() throws IOException {
    Path csv = file("bars.csv", "ts_code,trade_date,close\n000001.SZ,20240102,1\n"
        + "000001.SZ,20240103\n000001.SZ,20240104,3\n");

    try (FileBatches<DailyBar> batches = open(csv, 2)) {
      DecodedBatch<DailyBar> first = batches.next();
      DecodedBatch<DailyBar> second = batches.next();

      assertThat(first.rows()).isEqualTo(2);
      assertThat(first.records()).hasSize(1);
      assertThat(first.bad()).hasSize(1);
      assertThat(first.firstLine()).isEqualTo(2);
      assertThat(first.lastLine()).isEqualTo(3);
      assertThat(second.rows()).isEqualTo(1);
      assertThat(batches.next()).isNull();
    }
  }

  private List<String> badRowMessages(Path file) throws IOException {
    var messages = new ArrayList<String>();
    try (FileBatches<DailyBar> batches = open(file, 2)) {
      for (DecodedBatch<DailyBar> batch = batches.next(); batch != null; batch = batches.next()) {
        messages.addAll(batch.bad());
      }
    }
    return messages;
  }

  private static List<String> apiMessages(String body) {
    InvalidFields refused = catchThrowableOfType(InvalidFields.class, () -> RecordBodies.read(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BodyFormat.JSON,
        BarCodec::fromFields));
    return refused.failures().stream().map(InvalidField::getMessage).toList();
  }

  private static FileBatches<DailyBar> open(Path file, int batchRows) throws IOException {
    BodyFormat format = file.toString().endsWith(".json") ? BodyFormat.JSON : BodyFormat.CSV;
    return FileBatches.open(file, format, Files.newInputStream(file), BarCodec::fromFields,
        batchRows, null, () -> { });
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
