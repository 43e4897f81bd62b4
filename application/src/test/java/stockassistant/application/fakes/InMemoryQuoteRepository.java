package stockassistant.application.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import stockassistant.domain.MetricValues;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarSearch;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PriceAdjuster;
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
  public BarPage priceBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return page(BarMetric.PRICE_BAR, false, range(code, from, to, limit));
  }

  @Override
  public BarPage fullBars(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    return page(EnumSet.allOf(BarMetric.class), false, range(code, from, to, limit));
  }

  private List<DailyBar> range(ThirdCode code, LocalDate from, LocalDate to, int limit) {
    work.requireOpen();
    return bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .filter(bar -> !bar.tradeDate().isBefore(from) && !bar.tradeDate().isAfter(to))
        .limit(limit).toList();
  }

  private static BarPage page(Set<BarMetric> metrics, boolean names, List<DailyBar> rows) {
    BarPage.Builder page = BarPage.builder(metrics, names, rows.size());
    rows.forEach(bar -> page.add(bar, null));
    return page.build();
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
  public BarPage crossSection(LocalDate tradeDate, ThirdCode after, int limit) {
    work.requireOpen();
    return page(EnumSet.allOf(BarMetric.class), true, bars.values().stream()
        .filter(bar -> bar.tradeDate().equals(tradeDate))
        .filter(bar -> after == null || bar.thirdCode().compareTo(after) > 0)
        .limit(limit).toList());
  }

  @Override
  public void refreshStatistics() {
    work.requireOpen();
  }

  @Override
  public Optional<Double> latestAdjFactor(ThirdCode code, LocalDate from, LocalDate to) {
    return range(code, from, to, Integer.MAX_VALUE).stream()
        .map(bar -> bar.get(BarMetric.ADJ_FACTOR)).filter(PriceAdjuster::isKnown)
        .reduce((first, second) -> second);
  }

  @Override
  public List<DailyBar> newestFirst(BarSearch search, BarKey after, int skip, int limit) {
    work.requireOpen();
    Comparator<DailyBar> newestFirst = Comparator.comparing(DailyBar::tradeDate).reversed()
        .thenComparing(DailyBar::thirdCode);
    return bars.values().stream()
        .filter(bar -> search.codes().isEmpty() || search.codes().contains(bar.thirdCode()))
        .filter(bar -> !bar.tradeDate().isBefore(search.from()) && !bar.tradeDate().isAfter(search.to()))
        .filter(bar -> search.knownMetric() == null || bar.get(search.knownMetric()) != null)
        .sorted(newestFirst)
        .filter(bar -> after == null || bar.tradeDate().isBefore(after.tradeDate())
            || bar.tradeDate().equals(after.tradeDate()) && bar.thirdCode().compareTo(after.thirdCode()) > 0)
        .skip(after == null ? skip : 0).limit(limit)
        .map(bar -> reading(bar, search)).toList();
  }

  @Override
  public List<LocalDate> tradeDays(LocalDate from, LocalDate to, int limit) {
    work.requireOpen();
    return days().descendingSet().stream()
        .filter(day -> !day.isBefore(from) && !day.isAfter(to)).limit(limit).toList();
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(LocalDate day) {
    work.requireOpen();
    return Optional.ofNullable(days().lower(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate() {
    work.requireOpen();
    return bars.values().stream().map(DailyBar::tradeDate).min(LocalDate::compareTo);
  }

  private TreeSet<LocalDate> days() {
    var days = new TreeSet<LocalDate>();
    bars.values().forEach(bar -> days.add(bar.tradeDate()));
    return days;
  }

  /** Only the columns a search reads, as the database would send them. */
  private static DailyBar reading(DailyBar bar, BarSearch search) {
    var values = new EnumMap<BarMetric, Double>(BarMetric.class);
    bar.values().asMap().forEach((metric, value) -> {
      if (search.columns().contains(metric)) {
        values.put(metric, value);
      }
    });
    return new DailyBar(bar.thirdCode(), bar.tradeDate(), MetricValues.of(BarMetric.class, values),
        bar.source());
  }

  public int size() {
    return bars.size();
  }

  private static String sortKey(BarKey key) {
    return key.thirdCode().value() + "|" + key.tradeDate();
  }
}
