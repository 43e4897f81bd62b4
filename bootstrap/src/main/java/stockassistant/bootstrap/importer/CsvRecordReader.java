package stockassistant.bootstrap.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;

/** CSV with a header row, streamed by Jackson's CSV parser. An empty cell is null. */
public final class CsvRecordReader implements RecordReader {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final MappingIterator<List<String>> rows;
  private final List<String> header;

  public CsvRecordReader(Reader input) throws IOException {
    this.rows = CSV.readerForListOf(String.class).readValues(input);
    if (!rows.hasNext()) {
      throw new BadRecord(1, "the file is empty: a header row is required");
    }
    this.header = Columns.normalise(rows.next());
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() {
    if (!rows.hasNext()) {
      return null;
    }
    // hasNext() has moved the parser to this row's first cell: its line is the row's line
    long line = rows.getCurrentLocation().getLineNr();
    List<String> cells = rows.next();
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      return next();  // a blank line
    }
    if (cells.size() != header.size()) {
      throw new BadRecord(line, "has " + cells.size() + " cells but the header has " + header.size());
    }
    var values = new HashMap<String, Object>(header.size() * 2);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      values.put(header.get(i), cell == null || cell.isEmpty() ? null : cell);
    }
    return new SourceRecord(line, values);
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
