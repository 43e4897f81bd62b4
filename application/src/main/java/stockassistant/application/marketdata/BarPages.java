package stockassistant.application.marketdata;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import stockassistant.application.Pager;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PriceAdjuster;
import stockassistant.domain.quote.Adjustment;

/** How the {@link Pager} sees a bar page, and the row-by-row view for in-process callers. */
final class BarPages implements Pager.Shape<BarPage, BarKey> {
  static final BarPages SHAPE = new BarPages();

  private BarPages() {}

  @Override
  public int size(BarPage page) {
    return page.size();
  }

  @Override
  public BarPage head(BarPage page, int rows) {
    return page.head(rows);
  }

  @Override
  public BarKey lastKey(BarPage page) {
    return page.key(page.size() - 1);
  }

  /** Each row of each page as a record. */
  static Consumer<BarPage> eachBar(Consumer<? super DailyBar> sink) {
    return page -> {
      for (int row = 0; row < page.size(); row++) {
        sink.accept(page.bar(row));
      }
    };
  }

  /**
   * Prices adjusted, page to page (the rows of a page in, the same rows adjusted out); as read
   * when there is no adjustment.
   */
  static Consumer<BarPage> adjusted(PriceAdjuster adjuster, Adjustment adjustment,
      Consumer<? super BarPage> sink) {
    if (adjustment == Adjustment.NONE) {
      return sink::accept;
    }
    return page -> {
      var out = new Collector(EnumSet.copyOf(page.metrics()), sink);
      for (int row = 0; row < page.size(); row++) {
        out.accept(adjuster.adjust(page.bar(row)));
      }
      out.flush();
    };
  }

  /**
   * Collects records into pages of the given columns, handed on one per {@link #flush}: the
   * output side of a transform that works row by row (adjusted prices, period bars).
   */
  static final class Collector implements Consumer<DailyBar> {
    private final Set<BarMetric> columns;
    private final Consumer<? super BarPage> sink;
    private BarPage.Builder page;

    Collector(Set<BarMetric> columns, Consumer<? super BarPage> sink) {
      this.columns = columns;
      this.sink = sink;
    }

    @Override
    public void accept(DailyBar bar) {
      if (page == null) {
        page = BarPage.builder(columns, false, 64);
      }
      page.add(bar, null);
    }

    void flush() {
      if (page != null && page.size() > 0) {
        sink.accept(page.build());
      }
      page = null;
    }
  }
}
