package stockassistant.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/** Bars in a sorted map: the port's contract without a database. */
public final class InMemoryQuoteRepository implements QuoteRepository {
  private final TreeMap<String, DailyBar> bars = new TreeMap<>();

  @Override
  public int upsertAll(List<DailyBar> batch) {
    List<DailyBar> unique = LastPerKey.of(batch, DailyBar::key);
    unique.forEach(bar -> bars.put(sortKey(bar.key()), bar));
    return unique.size();
  }

  @Override
  public void priceBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink) {
    valuationBars(code, from, to, sink);
  }

  @Override
  public void valuationBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink) {
    bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .filter(bar -> !bar.tradeDate().isBefore(from) && !bar.tradeDate().isAfter(to))
        .forEach(sink);
  }

  @Override
  public Optional<DailyBar> latest(ThirdCode code) {
    return bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .reduce((first, second) -> second);
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    return bars.values().stream().map(DailyBar::tradeDate).max(LocalDate::compareTo);
  }

  @Override
  public void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink) {
    bars.values().stream().filter(bar -> bar.tradeDate().equals(tradeDate))
        .map(bar -> new MarketBar(bar, null)).forEach(sink);
  }

  public int size() {
    return bars.size();
  }

  private static String sortKey(BarKey key) {
    return key.thirdCode().value() + "|" + key.tradeDate();
  }
}
