package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  @Test
  void renamesTsCodeAndTurnsEmptyCellsIntoNull() throws IOException {
    var reader = new CsvRecordReader(new StringReader(
        "ts_code,trade_date,close,pe\n000001.SZ,20240102,10.5,\n"));

    assertThat(reader.header()).containsExactly("third_code", "trade_date", "close", "pe");
    SourceRecord record = reader.next();
    assertThat(record.line()).isEqualTo(2);
    assertThat(record.values()).containsEntry("third_code", "000001.SZ").containsEntry("pe", null);
    assertThat(reader.next()).isNull();
  }

  @Test
  void aRowWithTheWrongNumberOfCellsNamesItsLine() throws IOException {
    var reader = new CsvRecordReader(new StringReader(
        "ts_code,trade_date,close\n000001.SZ,20240102,10.5\n000001.SZ,20240103\n"));
    reader.next();

    assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecord.class,
        bad -> assertThat(bad.line()).isEqualTo(3)).hasMessageContaining("2 cells");
  }
}
