package stockassistant.adapters.web.quotes;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import stockassistant.adapters.web.codec.JsonNumbers;
import stockassistant.adapters.web.errors.ClientGone;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;

/**
 * A JSON bar list ({@code {"items":[...]}}) written from columnar pages as the facade hands
 * them over (after each page's database work ended, so a slow client holds no connection).
 * Rows go from the page's arrays into bytes: field names are encoded once, numbers by
 * {@link JsonNumbers}, dates and codes without a string per value. The bytes are those
 * {@code ItemStream} writes with {@link BarCodec}'s columns. {@link #csv} writes the CSV
 * ItemStream writes (Jackson's CSV: a header, empty cells for null) the same way: that path cost
 * a String per cell and ran at half of psql's \copy on a panel (docs/BENCHMARKS.md, issue 22).
 *
 * <p>Nothing is written before the first page, so a failure before any row still gets a proper
 * status and problem body; a failure after rows were sent can only cut the response short.
 */
final class BarPageStream implements BarSink {
  private static final byte[] START = ascii("{\"items\":[");
  private static final byte[] END = ascii("]}");
  private static final byte[] CODE = ascii("{\"third_code\":");
  private static final byte[] DATE = ascii(",\"trade_date\":\"");
  private static final byte[] SOURCE = ascii(",\"source\":");
  private static final byte[] STOCK_NAME = ascii(",\"stock_name\":");
  private static final byte[] NULL = ascii("null");
  private static final byte[][] METRIC = new byte[BarMetric.values().length][];
  private static final int BUFFER = 1 << 15;
  /** Room for one field of known size: a name, a number, a date. */
  private static final int FIELD = 64;

  static {
    for (BarMetric metric : BarMetric.values()) {
      METRIC[metric.ordinal()] = ascii(",\"" + metric.column() + "\":");
    }
  }

  /** Cells Jackson's CSV writes as they are; any other text is quoted by Jackson itself. */
  private static final CsvMapper CSV = new CsvMapper();
  private final Runnable beforeFirstByte;
  private final Supplier<OutputStream> output;
  private final boolean csv;
  private final byte[] head;
  private final byte[] tail;
  private final byte[] buffer = new byte[BUFFER];
  private OutputStream out;
  private int length;
  private boolean firstRow = true;
  private int lastDay = Integer.MIN_VALUE;
  private final byte[] lastDate = new byte[10];
  private String lastSource;
  private byte[] lastSourceJson;

  BarPageStream(Context ctx) {
    this(() -> ctx.contentType("application/json"), () -> output(ctx));
  }

  /** CSV with a header of these column names; rows as {@code ItemStream} writes them. */
  static BarPageStream csv(Context ctx, List<String> header) {
    return csv(() -> ctx.contentType("text/csv; charset=utf-8"), () -> output(ctx), header);
  }

  static BarPageStream csv(Runnable beforeFirstByte, Supplier<OutputStream> output,
      List<String> header) {
    return new BarPageStream(beforeFirstByte, output, true,
        ascii(String.join(",", header) + "\n"), new byte[0]);
  }

  /**
   * Javalin's stream, which may compress, when the client accepts a compressed answer; else the
   * servlet's own: Javalin's wrapper decides on compression at the first write by scanning the
   * response headers, ~3 % of a range read's CPU for no gain when nobody asked for it.
   */
  private static OutputStream output(Context ctx) {
    try {
      return ctx.header("Accept-Encoding") == null ? ctx.res().getOutputStream() : ctx.outputStream();
    } catch (IOException unavailable) {
      throw new ClientGone(unavailable);
    }
  }

  /** @param output opened at the first byte, after {@code beforeFirstByte} ran */
  BarPageStream(Runnable beforeFirstByte, Supplier<OutputStream> output) {
    this(beforeFirstByte, output, false, START, END);
  }

  private BarPageStream(Runnable beforeFirstByte, Supplier<OutputStream> output, boolean csv,
      byte[] head, byte[] tail) {
    this.beforeFirstByte = beforeFirstByte;
    this.output = output;
    this.csv = csv;
    this.head = head;
    this.tail = tail;
  }

  @Override
  public void accept(BarPage page) {
    try {
      start();
      List<BarMetric> metrics = page.metrics();
      for (int row = 0; row < page.size(); row++) {
        if (csv) {
          csvRow(page, metrics, row);
        } else {
          row(page, metrics, row);
        }
      }
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  /** Ends the list (an empty one when no page came). */
  @Override
  public void finish() {
    try {
      start();
      put(tail);
      flush();
      out.close();
    } catch (IOException clientGone) {
      throw new ClientGone(clientGone);
    }
  }

  private void row(BarPage page, List<BarMetric> metrics, int row) throws IOException {
    room(FIELD * 3);
    if (!firstRow) {
      buffer[length++] = ',';
    }
    firstRow = false;
    put(CODE);
    string(page.code(row));
    put(DATE);
    date(page.epochDay(row));
    buffer[length++] = '"';
    for (int column = 0; column < metrics.size(); column++) {
      room(FIELD);
      put(METRIC[metrics.get(column).ordinal()]);
      double value = page.value(column, row);
      if (Double.isNaN(value)) {
        put(NULL);
      } else if (Double.isInfinite(value)) {
        string(value > 0 ? "Infinity" : "-Infinity");  // as Jackson writes a non-finite number
      } else {
        length = JsonNumbers.write(value, buffer, length);
      }
    }
    put(SOURCE);
    source(page.source(row));
    if (page.hasStockNames()) {
      put(STOCK_NAME);
      string(page.stockName(row));
    }
    room(1);
    buffer[length++] = '}';
  }

  private void csvRow(BarPage page, List<BarMetric> metrics, int row) throws IOException {
    room(FIELD * 3);
    cell(page.code(row));
    buffer[length++] = ',';
    date(page.epochDay(row));
    for (int column = 0; column < metrics.size(); column++) {
      room(FIELD);
      buffer[length++] = ',';
      double value = page.value(column, row);
      if (Double.isInfinite(value)) {
        put(ascii(String.valueOf(value)));
      } else if (!Double.isNaN(value)) {  // NaN: null, an empty cell
        length = JsonNumbers.write(value, buffer, length);
      }
    }
    room(1);
    buffer[length++] = ',';
    String source = page.source(row);
    if (source != lastSource) {
      lastSource = source;
      lastSourceJson = csvCell(source);
    }
    put(lastSourceJson);
    if (page.hasStockNames()) {
      room(1);
      buffer[length++] = ',';
      cell(page.stockName(row));
    }
    room(1);
    buffer[length++] = '\n';
  }

  /** A text cell: letters, digits, '.', '_' and '-' as they are; anything else as Jackson writes it. */
  private void cell(String text) throws IOException {
    if (text == null) {
      return;
    }
    if (text.isEmpty() || text.length() > FIELD) {
      put(csvCell(text));
      return;
    }
    room(text.length());
    int start = length;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
          || ch == '.' || ch == '_' || ch == '-')) {
        length = start;
        put(csvCell(text));
        return;
      }
      buffer[length++] = (byte) ch;
    }
  }

  private static byte[] csvCell(String text) {
    if (text == null) {
      return new byte[0];
    }
    try {
      String line = CSV.writer(CsvSchema.builder().addColumn("cell").build())
          .writeValueAsString(List.of(text));
      return line.substring(0, line.length() - 1).getBytes(StandardCharsets.UTF_8);
    } catch (IOException impossible) {
      throw new java.io.UncheckedIOException(impossible);
    }
  }

  /** YYYY-MM-DD (every stored date has a four-digit year: the API refuses others). */
  private void date(int epochDay) {
    if (epochDay != lastDay) {
      LocalDate day = LocalDate.ofEpochDay(epochDay);
      int year = day.getYear();
      if (year < 0 || year > 9999) {
        byte[] iso = ascii(day.toString());
        System.arraycopy(iso, 0, buffer, length, iso.length);
        length += iso.length;
        return;
      }
      digits(lastDate, 0, year, 4);
      lastDate[4] = '-';
      digits(lastDate, 5, day.getMonthValue(), 2);
      lastDate[7] = '-';
      digits(lastDate, 8, day.getDayOfMonth(), 2);
      lastDay = epochDay;
    }
    System.arraycopy(lastDate, 0, buffer, length, lastDate.length);
    length += lastDate.length;
  }

  private static void digits(byte[] out, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  private void source(String source) throws IOException {
    if (source != lastSource) {
      lastSource = source;
      lastSourceJson = quoted(source);
    }
    put(lastSourceJson);
  }

  /** Plain ASCII (codes, most sources) straight into the buffer; anything else escaped. */
  private void string(String text) throws IOException {
    if (text == null || text.length() > FIELD) {
      put(quoted(text));
      return;
    }
    room(text.length() + 2);
    int start = length;
    buffer[length++] = '"';
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || ch >= 0x7F || ch == '"' || ch == '\\') {
        length = start;
        put(quoted(text));
        return;
      }
      buffer[length++] = (byte) ch;
    }
    buffer[length++] = '"';
  }

  private static byte[] quoted(String text) {
    if (text == null) {
      return NULL;
    }
    byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(text);
    byte[] json = new byte[escaped.length + 2];
    json[0] = '"';
    System.arraycopy(escaped, 0, json, 1, escaped.length);
    json[json.length - 1] = '"';
    return json;
  }

  private void put(byte[] bytes) throws IOException {
    room(bytes.length);
    if (bytes.length > BUFFER) {
      out.write(bytes);
      return;
    }
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void room(int bytes) throws IOException {
    if (length + bytes > BUFFER) {
      flush();
    }
  }

  private void flush() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
  }

  private void start() throws IOException {
    if (out != null) {
      return;
    }
    beforeFirstByte.run();
    out = output.get();
    put(head);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
