package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import stockassistant.domain.InvalidField;

/**
 * CSV with a header row, streamed by Jackson's CSV parser token by token: each row's cells go
 * straight into a list of the header's width (no databind per row, no list grown cell by cell).
 * Every cell is text; empty is null.
 */
final class CsvRecordSource implements RecordSource {
  private static final CsvFactory CSV = new CsvFactory();

  private final CsvParser parser;
  private final CsvHeader header;
  private final ParsedCells parsed = new ParsedCells();
  private List<String> previous = List.of();
  private long index;
  /** The line the last row read starts on. */
  private long rowLine;

  CsvRecordSource(InputStream input) throws IOException {
    this.parser = CSV.createParser(new InputStreamReader(input, StandardCharsets.UTF_8));
    List<String> names = row(4);
    if (names == null) {
      throw new InvalidField("body", "is empty: CSV needs a header row naming the columns");
    }
    this.header = new CsvHeader(names.stream().map(RecordSource::columnName).toList());
  }

  /** The next row's cells (and {@link #rowLine}), or null at the end. */
  private List<String> row(int width) throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    rowLine = parser.currentLocation().getLineNr();
    var cells = new ArrayList<String>(width);
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      cells.add(parser.getText());
    }
    return cells;
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
    while (true) {
      List<String> cells = row(header.names().size());
      if (cells == null) {
        return null;
      }
      if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()) {
        continue;  // a blank line
      }
      shareRepeatedCells(cells);
      return item(index++, rowLine, cells);
    }
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
      return SourceItem.of(at, line, cells, Fields.ofCsv(header, cells, parsed));
    } catch (InvalidField invalid) {
      return SourceItem.unreadable(at, line, cells, invalid);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
