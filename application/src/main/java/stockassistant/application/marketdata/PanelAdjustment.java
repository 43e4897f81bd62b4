package stockassistant.application.marketdata;

import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Function;
import stockassistant.domain.quote.Adjustment;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PriceAdjuster;
import stockassistant.domain.stock.ThirdCode;

/**
 * Adjusted prices of a panel, page to page: rows arrive by code, then day, so each code gets its
 * own {@link PriceAdjuster} when its first row arrives (for qfq with its own reference factor,
 * read then: after the page's unit of work, never inside it).
 */
final class PanelAdjustment implements Consumer<BarPage> {
  private final Adjustment adjustment;
  private final Function<ThirdCode, Double> reference;
  private final Consumer<? super BarPage> sink;
  private String code;
  private PriceAdjuster adjuster;

  PanelAdjustment(Adjustment adjustment, Function<ThirdCode, Double> reference,
      Consumer<? super BarPage> sink) {
    this.adjustment = adjustment;
    this.reference = reference;
    this.sink = sink;
  }

  @Override
  public void accept(BarPage page) {
    var out = new BarPages.Collector(EnumSet.copyOf(page.metrics()), sink);
    for (int row = 0; row < page.size(); row++) {
      if (!page.code(row).equals(code)) {
        code = page.code(row);
        ThirdCode third = ThirdCode.of(code);
        adjuster = PriceAdjuster.of(adjustment,
            adjustment == Adjustment.QFQ ? reference.apply(third) : null);
      }
      DailyBar bar = adjuster.adjust(page.bar(row));
      out.accept(bar);
    }
    out.flush();
  }
}
