package stockassistant.bootstrap.bench;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/** Writes bars as a Tushare-style CSV (ts_code, YYYYMMDD trade_date, empty cell for NULL). */
final class CsvExport {
  private CsvExport() {}

  static long write(Iterator<DailyBar> bars, Writer out) throws IOException {
    var header = new ArrayList<String>(List.of("ts_code", "trade_date"));
    for (BarMetric metric : BarMetric.values()) {
      header.add(metric.column());
    }
    header.add("source");
    CsvSchema schema = CsvSchema.builder().addColumns(header, CsvSchema.ColumnType.STRING)
        .build().withHeader();
    long rows = 0;
    try (SequenceWriter writer = new CsvMapper().writer(schema).writeValues(out)) {
      var row = new ArrayList<String>(header.size());
      while (bars.hasNext()) {
        DailyBar bar = bars.next();
        row.clear();
        row.add(bar.thirdCode().value());
        row.add(bar.tradeDate().format(DateTimeFormatter.BASIC_ISO_DATE));
        for (BarMetric metric : BarMetric.values()) {
          Double value = bar.get(metric);
          row.add(value == null ? "" : value.toString());
        }
        row.add(bar.source());
        writer.write(row);
        rows++;
      }
    }
    return rows;
  }
}
