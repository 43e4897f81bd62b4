package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes records back in the layout a {@link RecordSource} read them from, values untouched
 * (NaN included), one record a line, so that a file of rejected rows can be fixed and read again
 * as it is.
 */
public final class RawRecordWriter implements Closeable {
  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectWriter JSON =
      Json.MAPPER.writer().without(JsonWriteFeature.WRITE_NAN_AS_STRINGS);

  private final RecordSource.Shape shape;
  private final Writer out;
  private final JsonGenerator csv;
  private boolean first = true;

  public RawRecordWriter(Writer out, RecordSource.Shape shape, List<String> columns)
      throws IOException {
    this.shape = shape;
    this.out = out;
    if (shape == RecordSource.Shape.CSV) {
      this.csv = CSV.getFactory().createGenerator(out);
      writeRow(columns);
      return;
    }
    this.csv = null;
    if (shape == RecordSource.Shape.TUSHARE) {
      out.write("{\"fields\":" + JSON.writeValueAsString(columns) + ",\"items\":");
    }
    out.write("[");
  }

  public void write(SourceItem item) throws IOException {
    if (csv != null) {
      writeRow(item.cells());
      return;
    }
    out.write(first ? "\n" : ",\n");
    first = false;
    out.write(JSON.writeValueAsString(item.json()));
  }

  /** CsvGenerator writes each top-level array as one row, quoting a cell only where needed. */
  private void writeRow(List<String> cells) throws IOException {
    csv.writeStartArray();
    for (String cell : cells) {
      csv.writeString(cell);
    }
    csv.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
      return;
    }
    out.write(shape == RecordSource.Shape.TUSHARE ? "\n]}\n" : "\n]\n");
    out.close();
  }
}
