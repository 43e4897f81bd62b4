package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TushareJsonRecordReaderTest {

  @Test
  void streamsItemsOfAResponseNestedUnderData() throws IOException {
    String json = """
        {"request_id":"x","code":0,"msg":"","data":{"fields":["ts_code","trade_date","close","pe"],
         "items":[["000001.SZ","20240102",10.5,null],["600000.SH","20240102",7,8.1]],"has_more":false}}
        """;
    var reader = new TushareJsonRecordReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(reader.header()).containsExactly("third_code", "trade_date", "close", "pe");
    assertThat(reader.next().values()).containsEntry("close", 10.5).containsEntry("pe", null);
    assertThat(reader.next().values()).containsEntry("third_code", "600000.SH").containsEntry("close", 7.0);
    assertThat(reader.next()).isNull();
  }
}
