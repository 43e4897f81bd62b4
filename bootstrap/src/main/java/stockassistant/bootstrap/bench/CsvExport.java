package stockassistant.bootstrap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import stockassistant.domain.quote.BarMetric;

/**
 * Writes market rows as a Tushare-style CSV: {@code ts_code}, {@code YYYYMMDD} trade_date, every
 * stock_daily metric, an empty cell for NULL. Streams bytes straight from the fixed-point rows
 * (ASCII only), so tens of millions of rows take minutes, in constant memory.
 */
final class CsvExport {
  private static final int BUFFER = 1 << 16;
  private static final int VOL = BarMetric.VOL.ordinal();

  private final OutputStream out;
  private final long volumeShift;
  private final byte[] buffer = new byte[BUFFER];
  private final byte[] digits = new byte[24];
  private int length;

  private CsvExport(OutputStream out, long volumeShift) {
    this.out = out;
    this.volumeShift = volumeShift;
  }

  /**
   * Writes the header and every row the source gives; returns the rows written.
   *
   * @param revision 0 for the feed as generated; n for a corrected copy of it (every bar's vol
   *     n hands higher, keys and all else the same), so a re-import updates every row
   */
  static long write(FullMarket.Rows rows, OutputStream out, int revision) throws IOException {
    var csv = new CsvExport(out, revision);
    csv.ascii(String.join(",", header()) + "\n");
    long written = 0;
    for (FullMarket.Row row = rows.next(); row != null; row = rows.next()) {
      csv.row(row);
      written++;
    }
    csv.flush();
    return written;
  }

  static List<String> header() {
    var header = new ArrayList<>(List.of("ts_code", "trade_date"));
    for (BarMetric metric : BarMetric.values()) {
      header.add(metric.column());
    }
    header.add("source");
    return header;
  }

  private void row(FullMarket.Row row) throws IOException {
    if (length > BUFFER - 1_024) {
      flush();
    }
    ascii(row.code.value());
    buffer[length++] = ',';
    date(row.day);
    for (int metric = 0; metric < FullMarket.SCALE.length; metric++) {
      buffer[length++] = ',';
      if (row.has(metric)) {
        long value = row.values[metric] + (metric == VOL ? volumeShift : 0);
        decimal(value, FullMarket.SCALE[metric]);
      }
    }
    buffer[length++] = ',';
    ascii(FullMarket.SOURCE);
    buffer[length++] = '\n';
  }

  private void date(LocalDate day) {
    int yyyymmdd = day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    for (int i = 7; i >= 0; i--) {
      buffer[length + i] = (byte) ('0' + yyyymmdd % 10);
      yyyymmdd /= 10;
    }
    length += 8;
  }

  /** {@code value / 10^scale} in plain decimal notation, without trailing zeros. */
  void decimal(long value, int scale) {
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    // digits right to left into a scratch area, then copied in order
    int at = digits.length;
    boolean significant = false;
    for (int place = 0; place < scale; place++) {
      int digit = (int) (value % 10);
      value /= 10;
      if (digit != 0 || significant) {
        significant = true;
        digits[--at] = (byte) ('0' + digit);
      }
    }
    if (significant) {
      digits[--at] = '.';
    }
    do {
      digits[--at] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    int count = digits.length - at;
    System.arraycopy(digits, at, buffer, length, count);
    length += count;
  }

  private void ascii(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    if (length + bytes.length > BUFFER) {
      flush();
    }
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void flush() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
  }
}
