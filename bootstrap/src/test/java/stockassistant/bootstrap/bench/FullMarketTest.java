package stockassistant.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.web.codec.BodyFormat;
import stockassistant.adapters.web.codec.RecordSource;
import stockassistant.adapters.web.codec.SourceItem;
import stockassistant.adapters.web.quotes.BarCodec;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

class FullMarketTest {
  private static final LocalDate FROM = LocalDate.of(1998, 1, 1);
  private static final LocalDate TO = LocalDate.of(2003, 12, 31);

  @Test
  void isDeterministicForASeed() {
    assertThat(take(new FullMarket(60, FROM, TO, 7), 5_000))
        .isEqualTo(take(new FullMarket(60, FROM, TO, 7), 5_000));
  }

  @Test
  void listingsAreStaggeredSomeDelistAndEveryBoardIsThere() {
    List<DailyBar> bars = take(new FullMarket(400, FROM, TO, 42), Long.MAX_VALUE);
    Map<String, LocalDate> first = new HashMap<>();
    Map<String, LocalDate> last = new HashMap<>();
    for (DailyBar bar : bars) {
      first.putIfAbsent(bar.thirdCode().value(), bar.tradeDate());
      last.put(bar.thirdCode().value(), bar.tradeDate());
    }
    LocalDate firstDay = bars.get(0).tradeDate();
    LocalDate lastDay = bars.get(bars.size() - 1).tradeDate();

    assertThat(first.values().stream().filter(day -> day.isAfter(firstDay.plusYears(1))))
        .as("listed later").isNotEmpty();
    assertThat(last.values().stream().filter(day -> day.isBefore(lastDay.minusMonths(6))))
        .as("delisted").isNotEmpty();
    assertThat(first.keySet().stream().map(code -> code.substring(7)).distinct())
        .containsExactlyInAnyOrder("SH", "SZ", "BJ");
    assertThat(first.keySet()).anyMatch(code -> code.startsWith("688"))
        .anyMatch(code -> code.startsWith("300"));
    assertThat(bars.stream().map(DailyBar::key).distinct().count()).isEqualTo(bars.size());
  }

  @Test
  void stocksAreSuspendedAndIndicatorsAreSometimesUnknown() {
    var market = new FullMarket(200, FROM, TO, 42);
    List<DailyBar> bars = take(market, Long.MAX_VALUE);
    var days = new HashSet<LocalDate>();
    Map<String, Integer> perCode = new HashMap<>();
    for (DailyBar bar : bars) {
      days.add(bar.tradeDate());
      perCode.merge(bar.thirdCode().value(), 1, Integer::sum);
    }

    assertThat(days).allMatch(TradingCalendar::isTradingDay)
        .noneMatch(day -> day.getMonthValue() == 10 && day.getDayOfMonth() <= 7);
    assertThat(bars).anyMatch(bar -> bar.get(BarMetric.PE) == null && bar.tradeDate().getYear() >= 2000)
        .anyMatch(bar -> bar.get(BarMetric.DV_RATIO) == null && bar.tradeDate().getYear() >= 2000)
        .anyMatch(bar -> bar.get(BarMetric.TOTAL_MV) == null)
        .anyMatch(bar -> bar.get(BarMetric.TOTAL_MV) != null);
    long codesListedThroughout = perCode.values().stream().filter(count -> count > 0).count();
    assertThat(bars.size()).as("suspensions: fewer bars than listed days").isLessThan(
        (int) (codesListedThroughout * days.size()));
    assertThat(bars).allMatch(bar -> bar.get(BarMetric.HIGH) >= bar.get(BarMetric.LOW));
  }

  @Test
  void theCsvReadsBackThroughTheImportersDecoderAsTheSameBars() throws IOException {
    var market = new FullMarket(80, FROM, TO, 3);
    var out = new ByteArrayOutputStream();
    long written = CsvExport.write(market.rows(20_000), out, 0);
    List<DailyBar> expected = take(market, 20_000);

    var decoded = new ArrayList<DailyBar>();
    try (RecordSource source = RecordSource.open(new ByteArrayInputStream(out.toByteArray()),
        BodyFormat.CSV)) {
      for (SourceItem item = source.next(); item != null; item = source.next()) {
        decoded.add(item.decode(BarCodec::fromFields));
      }
    }

    assertThat(written).isEqualTo(20_000);
    assertThat(decoded).isEqualTo(expected);
  }

  @Test
  void aRevisionChangesEveryVolumeAndNoKey() throws IOException {
    var market = new FullMarket(30, FROM, TO, 5);
    var original = new ByteArrayOutputStream();
    var revised = new ByteArrayOutputStream();
    CsvExport.write(market.rows(1_000), original, 0);
    CsvExport.write(market.rows(1_000), revised, 3);

    String[] before = original.toString().split("\n");
    String[] after = revised.toString().split("\n");
    assertThat(after).hasSameSizeAs(before);
    int vol = 2 + BarMetric.VOL.ordinal();
    for (int line = 1; line < before.length; line++) {
      String[] a = before[line].split(",", -1);
      String[] b = after[line].split(",", -1);
      assertThat(b[0] + b[1]).isEqualTo(a[0] + a[1]);
      assertThat(Long.parseLong(b[vol])).isEqualTo(Long.parseLong(a[vol]) + 3);
    }
  }

  private static List<DailyBar> take(FullMarket market, long rows) {
    var bars = new ArrayList<DailyBar>();
    market.bars(rows).forEachRemaining(bars::add);
    return bars;
  }
}
