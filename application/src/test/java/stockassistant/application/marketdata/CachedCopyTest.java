package stockassistant.application.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stockassistant.application.DateRange;
import stockassistant.application.fakes.DirectUnitOfWork;
import stockassistant.application.fakes.InMemoryQuoteRepository;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.stock.ThirdCode;

/** A conditional read: the version in the first page's unit of work, no rows when the copy is current. */
class CachedCopyTest {
  private static final ThirdCode CODE = ThirdCode.of("000001.SZ");
  private static final DateRange ALL_DAYS = new DateRange(null, null);
  private final DirectUnitOfWork work = new DirectUnitOfWork();
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository(work);
  private final MarketData marketData = new MarketData(quotes, work);
  private final List<Long> told = new ArrayList<>();
  private final List<BarPage> pages = new ArrayList<>();

  @BeforeEach
  void twoPagesOfBars() {
    var bars = new ArrayList<stockassistant.domain.quote.DailyBar>();
    LocalDate day = LocalDate.parse("2000-01-03");
    for (int i = 0; i < MarketData.PAGE_ROWS + 5; i++) {
      bars.add(aBar().of(CODE.value()).on(day.plusDays(i).toString()).close(1 + i).build());
    }
    marketData.upsertBars(new UpsertBarsCommand(bars));
    work.opened().clear();
  }

  @Test
  void aCurrentCopyCostsOneUnitOfWorkAndReadsNoRows() {
    long version = work.read("test", quotes::writeVersion);
    work.opened().clear();

    marketData.priceBarPages(CODE, ALL_DAYS, Adjustment.NONE, copyOf(version), pages::add);

    assertThat(told).containsExactly(version);
    assertThat(pages).isEmpty();
    assertThat(quotes.pagesRead()).isZero();
    assertThat(work.opened()).containsExactly("read:MarketData.priceBars");
  }

  @Test
  void aStaleCopyGetsEveryRowWithTheVersionReadInTheFirstPagesUnitOfWork() {
    marketData.priceBarPages(CODE, ALL_DAYS, Adjustment.NONE, copyOf(-1), pages::add);

    assertThat(told).as("told once, before the first page").hasSize(1);
    assertThat(pages.stream().mapToInt(BarPage::size).sum()).isEqualTo(MarketData.PAGE_ROWS + 5);
    assertThat(work.opened()).as("no unit of work of its own for the version")
        .containsExactly("read:MarketData.priceBars", "read:MarketData.priceBars");
  }

  @Test
  void everyConditionalReadSkipsItsRowsWhenCurrent() {
    long version = work.read("test", quotes::writeVersion);

    marketData.fullBarPages(CODE, ALL_DAYS, copyOf(version), pages::add);
    marketData.crossSectionPages(LocalDate.parse("2000-01-03"), copyOf(version), pages::add);
    marketData.panelPages(List.of(), ALL_DAYS, BarMetric.PRICE_BAR, Adjustment.NONE,
        copyOf(version), pages::add);
    assertThat(marketData.latestBar(CODE, copyOf(version))).isEmpty();

    assertThat(told).containsExactly(version, version, version, version);
    assertThat(pages).isEmpty();
    assertThat(quotes.pagesRead()).isZero();
    assertThat(marketData.latestBar(CODE, copyOf(version - 1))).get()
        .extracting(bar -> bar.get(BarMetric.CLOSE)).isEqualTo((double) MarketData.PAGE_ROWS + 5);
  }

  @Test
  void withoutACopyTheVersionIsNotRead() {
    marketData.priceBarPages(CODE, ALL_DAYS, Adjustment.NONE, CachedCopy.NONE, pages::add);

    assertThat(pages.stream().mapToInt(BarPage::size).sum()).isEqualTo(MarketData.PAGE_ROWS + 5);
    assertThat(work.opened()).hasSize(2);
    assertThat(quotes.versionsRead()).isZero();
  }

  private CachedCopy copyOf(long cached) {
    return version -> {
      told.add(version);
      return version == cached;
    };
  }
}
