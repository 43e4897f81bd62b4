package stockassistant.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/** Bars in a sorted map: the port's contract without a database, inside units of work only. */
public final class InMemoryQuoteRepository implements QuoteRepository {
  private final TreeMap<String, DailyBar> bars = new TreeMap<>();
  private final DirectUnitOfWork work;

  public InMemoryQuoteRepository(DirectUnitOfWork work) {
    this.work = work;
  }

  @Override
  public int upsertAll(List<DailyBar> batch) {
    work.requireOpen();
    List<DailyBar> unique = LastPerKey.of(batch, DailyBar::key);
    unique.forEach(bar -> bars.put(sortKey(bar.key()), bar));
    return unique.size();
  }

  @Override
  public List<DailyBar> priceBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return fullBars(code, from, to, limit);
  }

  @Override
  public List<DailyBar> fullBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    work.requireOpen();
    return bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .filter(bar -> !bar.tradeDate().isBefore(from) && !bar.tradeDate().isAfter(to))
        .limit(limit).toList();
  }

  @Override
  public Optional<DailyBar> latest(ThirdCode code) {
    work.requireOpen();
    return bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .reduce((first, second) -> second);
  }

  @Override
  public Optional<LocalDate> latestTradeDate() {
    work.requireOpen();
    return bars.values().stream().map(DailyBar::tradeDate).max(LocalDate::compareTo);
  }

  @Override
  public List<MarketBar> crossSection(LocalDate tradeDate, ThirdCode after, int limit) {
    work.requireOpen();
    return bars.values().stream().filter(bar -> bar.tradeDate().equals(tradeDate))
        .filter(bar -> after == null || bar.thirdCode().compareTo(after) > 0)
        .limit(limit).map(bar -> new MarketBar(bar, null)).toList();
  }

  public int size() {
    return bars.size();
  }

  private static String sortKey(BarKey key) {
    return key.thirdCode().value() + "|" + key.tradeDate();
  }
}
