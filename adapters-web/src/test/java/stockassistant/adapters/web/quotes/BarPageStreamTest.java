package stockassistant.adapters.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.codec.Columns;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;

/** The page writer must write the very bytes the row-by-row writer (BarCodec's columns) writes. */
class BarPageStreamTest {

  @Test
  void priceAndFullPagesAreTheSameJsonAsTheRecordColumns() {
    List<DailyBar> bars = bars();

    assertThat(render(BarMetric.PRICE_BAR, false, bars, List.of()))
        .isEqualTo(expected(BarCodec.PRICE, bars));
    assertThat(render(EnumSet.allOf(BarMetric.class), false, bars, List.of()))
        .isEqualTo(expected(BarCodec.FULL, bars));
  }

  @Test
  void aCrossSectionPageCarriesNamesEscapedAsJacksonEscapesThem() {
    List<DailyBar> bars = bars();
    var names = new ArrayList<String>();
    var rows = new ArrayList<MarketBar>();
    for (int i = 0; i < bars.size(); i++) {
      String name = switch (i % 4) {
        case 0 -> "平安银行";
        case 1 -> null;
        case 2 -> "say \"hi\"\\\n";
        default -> "*ST 股份";
      };
      names.add(name);
      rows.add(new MarketBar(bars.get(i), name));
    }

    assertThat(render(EnumSet.allOf(BarMetric.class), true, bars, names))
        .isEqualTo(expected(BarCodec.MARKET, rows));
  }

  @Test
  void csvPagesAreTheSameBytesAsJacksonsCsvOfTheRecordColumns() throws Exception {
    List<DailyBar> bars = bars();
    var names = new ArrayList<String>();
    var rows = new ArrayList<MarketBar>();
    for (int i = 0; i < bars.size(); i++) {
      String name = switch (i % 6) {
        case 0 -> "平安银行";
        case 1 -> null;
        case 2 -> "say \"hi\", \n again";
        case 3 -> "";
        case 4 -> " padded ";
        default -> "*ST 股份";
      };
      names.add(name);
      rows.add(new MarketBar(bars.get(i), name));
    }

    assertThat(renderCsv(BarCodec.PRICE, BarMetric.PRICE_BAR, false, bars, List.of()))
        .isEqualTo(expectedCsv(BarCodec.PRICE, bars));
    assertThat(renderCsv(BarCodec.MARKET, EnumSet.allOf(BarMetric.class), true, bars, names))
        .isEqualTo(expectedCsv(BarCodec.MARKET, rows));
    assertThat(renderCsv(BarCodec.PRICE, BarMetric.PRICE_BAR, false, List.of(), List.of()))
        .as("no page: the header alone").isEqualTo(expectedCsv(BarCodec.PRICE, List.of()));
  }

  @Test
  void noPageIsAnEmptyList() {
    var out = new ByteArrayOutputStream();
    var stream = new BarPageStream(() -> { }, () -> out);
    stream.finish();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"items\":[]}");
  }

  @Test
  void nothingIsWrittenBeforeTheFirstPage() {
    var opened = new ArrayList<String>();
    new BarPageStream(() -> opened.add("content type"), () -> {
      opened.add("stream");
      return new ByteArrayOutputStream();
    });

    assertThat(opened).isEmpty();
  }

  private static List<DailyBar> bars() {
    var bars = new ArrayList<DailyBar>();
    for (int i = 0; i < 3_000; i++) {
      var bar = aBar().of(i % 3 == 0 ? "000001.SZ" : "600000.SH").on("2024-01-02")
          .close(10 + i * 0.01).with(BarMetric.VOL, 1e3 * i).with(BarMetric.TOTAL_MV, 3.1e9 + i)
          .with(BarMetric.CHANGE, -0.37 * i).with(BarMetric.PCT_CHG, 0.0);
      if (i % 5 == 0) {
        bar.withNoIndicators().without(BarMetric.OPEN);
      }
      if (i % 7 == 0) {
        bar.source(i % 2 == 0 ? "东方财富" : "tushare\t2");
      }
      bars.add(bar.build());
    }
    return bars;
  }

  private static String render(Set<BarMetric> metrics, boolean names, List<DailyBar> bars,
      List<String> stockNames) {
    var out = new ByteArrayOutputStream();
    var stream = new BarPageStream(() -> { }, () -> out);
    // two pages, as the facade hands them over
    for (int from = 0; from < bars.size(); from += 2_000) {
      BarPage.Builder page = BarPage.builder(metrics, names, 16);
      for (int i = from; i < Math.min(bars.size(), from + 2_000); i++) {
        page.add(bars.get(i), names ? stockNames.get(i) : null);
      }
      stream.accept(page.build());
    }
    stream.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String renderCsv(Columns<?> header, Set<BarMetric> metrics, boolean names,
      List<DailyBar> bars, List<String> stockNames) {
    var out = new ByteArrayOutputStream();
    var stream = BarPageStream.csv(() -> { }, () -> out, header.names());
    for (int from = 0; from < bars.size(); from += 2_000) {
      BarPage.Builder page = BarPage.builder(metrics, names, 16);
      for (int i = from; i < Math.min(bars.size(), from + 2_000); i++) {
        page.add(bars.get(i), names ? stockNames.get(i) : null);
      }
      stream.accept(page.build());
    }
    stream.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What ItemStream writes for text/csv: Jackson's CSV of the columns' cells, with a header. */
  private static <T> String expectedCsv(Columns<T> columns, List<T> rows) throws Exception {
    var out = new ByteArrayOutputStream();
    var schema = com.fasterxml.jackson.dataformat.csv.CsvSchema.builder()
        .addColumns(columns.names(), com.fasterxml.jackson.dataformat.csv.CsvSchema.ColumnType.STRING)
        .build().withHeader();
    try (var writer = new com.fasterxml.jackson.dataformat.csv.CsvMapper().writer(schema)
        .writeValues(out)) {
      for (T row : rows) {
        writer.write(columns.csvCells(row));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static <T> String expected(Columns<T> columns, List<T> rows) {
    return rows.stream().map(columns::toJson).collect(Collectors.joining(",", "{\"items\":[", "]}"));
  }
}
