package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import stockassistant.domain.InvalidField;

/** CSV with a header row, streamed by Jackson's CSV parser. Every cell is text; empty is null. */
final class CsvRecordSource implements RecordSource {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final MappingIterator<List<String>> rows;
  private final CsvHeader header;
  private List<String> previous = List.of();
  private long index;

  CsvRecordSource(InputStream input) throws IOException {
    this.rows = CSV.readerForListOf(String.class)
        .readValues(new InputStreamReader(input, StandardCharsets.UTF_8));
    if (!rows.hasNextValue()) {
      throw new InvalidField("body", "is empty: CSV needs a header row naming the columns");
    }
    this.header = new CsvHeader(rows.nextValue().stream().map(RecordSource::columnName).toList());
  }

  @Override
  public Shape shape() {
    return Shape.CSV;
  }

  @Override
  public List<String> columns() {
    return header.names();
  }

  @Override
  public SourceItem next() throws IOException {
    while (rows.hasNextValue()) {
      // hasNextValue() has moved the parser to this row's first cell: its line is the row's line
      long line = rows.getCurrentLocation().getLineNr();
      List<String> cells = rows.nextValue();
      if (cells.size() == 1 && cells.get(0).isEmpty()) {
        continue;  // a blank line
      }
      shareRepeatedCells(cells);
      return item(index++, line, cells);
    }
    return null;
  }

  /**
   * A cell equal to the one above it becomes the same String: a source or a code repeated on
   * every row is then one object for a whole import batch, not one per row kept in memory.
   */
  private void shareRepeatedCells(List<String> cells) {
    int shared = Math.min(cells.size(), previous.size());
    for (int i = 0; i < shared; i++) {
      String above = previous.get(i);
      if (above != null && above.equals(cells.get(i))) {
        cells.set(i, above);
      }
    }
    previous = cells;
  }

  private SourceItem item(long at, long line, List<String> cells) {
    if (cells.size() != header.names().size()) {
      return SourceItem.unreadable(at, line, cells, new InvalidField("", "has " + cells.size()
          + " cells but the header has " + header.names().size()));
    }
    try {
      return SourceItem.of(at, line, cells, Fields.ofCsv(header, cells));
    } catch (InvalidField invalid) {
      return SourceItem.unreadable(at, line, cells, invalid);
    }
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
