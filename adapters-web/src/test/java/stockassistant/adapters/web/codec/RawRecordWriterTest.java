package stockassistant.adapters.web.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RawRecordWriterTest {

  @Test
  void writesCsvRowsBackWithTheHeaderAndTheirQuoting() throws IOException {
    String csv = "ts_code,name\n000001.SZ,\"Ping An, Bank\"\n600000.SH,\"say \"\"hi\"\"\"\n";

    assertThat(rewrite(BodyFormat.CSV, csv)).isEqualTo(csv);
  }

  @Test
  void writesTushareItemsBackAsATushareObjectNaNIncluded() throws IOException {
    String written = rewrite(BodyFormat.JSON, """
        {"code":0,"data":{"fields":["ts_code","pe"],"items":[["000001.SZ",NaN],["600000.SH",4.5]]}}
        """);

    assertThat(written).isEqualTo("""
        {"fields":["ts_code","pe"],"items":[
        ["000001.SZ",NaN],
        ["600000.SH",4.5]
        ]}
        """);
  }

  @Test
  void writesAJsonArrayBackOneObjectALine() throws IOException {
    String written = rewrite(BodyFormat.JSON, "[{\"a\":\"x\"},{\"a\":\"y\"}]");

    assertThat(written).isEqualTo("[\n{\"a\":\"x\"},\n{\"a\":\"y\"}\n]\n");
    try (RecordSource again = RecordSourceTest.open(BodyFormat.JSON, written)) {
      assertThat(RecordSourceTest.items(again)).hasSize(2);
    }
  }

  private static String rewrite(BodyFormat format, String text) throws IOException {
    var out = new StringWriter();
    try (RecordSource source = RecordSourceTest.open(format, text);
        var writer = new RawRecordWriter(out, source.shape(), source.columns())) {
      for (SourceItem item = source.next(); item != null; item = source.next()) {
        writer.write(item);
      }
    }
    return out.toString();
  }
}
