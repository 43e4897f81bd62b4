package stockassistant.application.marketdata;

import java.util.EnumSet;
import java.util.function.Consumer;
import stockassistant.application.DateRange;
import stockassistant.application.Window;
import stockassistant.application.WindowedSink;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarPeriod;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PeriodBars;

/**
 * Daily pages in, period (week, month) pages out: the domain's {@link PeriodBars} fed a page at
 * a time, its bars of the range (whole periods whose last trading day lies in it) cut to a
 * window and handed on a page per daily page. Holds one period of every code at a time.
 */
final class PeriodPages implements Consumer<BarPage> {
  private final PeriodBars periods;
  private final WindowedSink<DailyBar> windowed;
  private final BarPages.Collector out;

  PeriodPages(BarPeriod period, boolean newestFirst, DateRange range, Window window,
      Consumer<? super BarPage> sink) {
    out = new BarPages.Collector(EnumSet.copyOf(PeriodBars.METRICS), sink);
    windowed = new WindowedSink<>(window, out);
    Consumer<DailyBar> inRange = bar -> {
      if (!bar.tradeDate().isBefore(range.start()) && !bar.tradeDate().isAfter(range.end())) {
        windowed.accept(bar);
      }
    };
    periods = newestFirst ? PeriodBars.newestFirst(period, inRange)
        : PeriodBars.oldestFirst(period, inRange);
  }

  @Override
  public void accept(BarPage page) {
    for (int row = 0; row < page.size() && !windowed.full(); row++) {
      periods.accept(page.bar(row));
    }
    out.flush();
  }

  /** Hands on the last period; call once after the last daily page. */
  void finish() {
    if (!windowed.full()) {
      periods.finish();
    }
    out.flush();
  }

  /** Whether a period came after the window's limit: no more daily pages are needed. */
  boolean full() {
    return windowed.full();
  }
}
