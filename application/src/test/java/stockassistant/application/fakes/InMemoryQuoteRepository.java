package stockassistant.application.fakes;

import stockassistant.domain.transaction.Db;
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
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.PriceAdjuster;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;

/** Bars in a sorted map: the port's contract without a database, inside units of work only. */
public final class InMemoryQuoteRepository implements QuoteRepository {
  private final TreeMap<String, DailyBar> bars = new TreeMap<>();
  private final DirectUnitOfWork work;
  private long version = 1;
  private int pagesRead;
  private int versionsRead;

  public InMemoryQuoteRepository(DirectUnitOfWork work) {
    this.work = work;
  }

  @Override
  public int upsertAll(Db db, List<DailyBar> batch) {
    work.requireOpen(db);
    List<DailyBar> unique = LastPerKey.of(batch, DailyBar::key);
    unique.forEach(bar -> bars.put(sortKey(bar.key()), bar));
    version++;
    return unique.size();
  }

  @Override
  public BarPage bars(Db db, BarQuery query, BarKey after, int skip, int limit) {
    work.requireOpen(db);
    pagesRead++;
    Comparator<DailyBar> order = query.order() == BarQuery.Order.NEWEST_FIRST
        ? Comparator.comparing(DailyBar::tradeDate).reversed().thenComparing(DailyBar::thirdCode)
        : Comparator.comparing(DailyBar::thirdCode).thenComparing(DailyBar::tradeDate);
    List<DailyBar> rows = bars.values().stream()
        .filter(bar -> query.codes().isEmpty() || query.codes().contains(bar.thirdCode()))
        .filter(bar -> query.from() == null || !bar.tradeDate().isBefore(query.from()))
        .filter(bar -> query.to() == null || !bar.tradeDate().isAfter(query.to()))
        .filter(bar -> query.knownMetric() == null || bar.get(query.knownMetric()) != null)
        .sorted(order)
        .filter(bar -> after == null || order.compare(bar, keyed(after)) > 0)
        .skip(after == null ? skip : 0).limit(limit).toList();
    BarPage.Builder page = BarPage.builder(query.columns(), query.withStockNames(), rows.size());
    rows.forEach(bar -> page.add(bar, null));
    return page.build();
  }

  /** How many pages of bars were read so far. */
  public int pagesRead() {
    return pagesRead;
  }

  /** How many times the write version was read so far. */
  public int versionsRead() {
    return versionsRead;
  }

  /** A bar with only a key, to compare rows with the key a page starts after. */
  private static DailyBar keyed(BarKey key) {
    return new DailyBar(key.thirdCode(), key.tradeDate(),
        MetricValues.of(BarMetric.class, new EnumMap<>(BarMetric.class)), null);
  }

  @Override
  public long writeVersion(Db db) {
    work.requireOpen(db);
    versionsRead++;
    return version;
  }

  @Override
  public Optional<LocalDate> latestTradeDate(Db db) {
    work.requireOpen(db);
    return bars.values().stream().map(DailyBar::tradeDate).max(LocalDate::compareTo);
  }

  @Override
  public void refreshStatistics(Db db) {
    work.requireOpen(db);
  }

  @Override
  public Optional<Double> latestAdjFactor(Db db, ThirdCode code, LocalDate from, LocalDate to) {
    work.requireOpen(db);
    return bars.values().stream().filter(bar -> bar.thirdCode().equals(code))
        .filter(bar -> !bar.tradeDate().isBefore(from) && !bar.tradeDate().isAfter(to))
        .map(bar -> bar.get(BarMetric.ADJ_FACTOR)).filter(PriceAdjuster::isKnown)
        .reduce((first, second) -> second);
  }

  @Override
  public List<LocalDate> tradeDays(Db db, LocalDate from, LocalDate to, int limit) {
    work.requireOpen(db);
    return days().descendingSet().stream()
        .filter(day -> !day.isBefore(from) && !day.isAfter(to)).limit(limit).toList();
  }

  @Override
  public Optional<LocalDate> tradeDayBefore(Db db, LocalDate day) {
    work.requireOpen(db);
    return Optional.ofNullable(days().lower(day));
  }

  @Override
  public Optional<LocalDate> earliestTradeDate(Db db) {
    work.requireOpen(db);
    return bars.values().stream().map(DailyBar::tradeDate).min(LocalDate::compareTo);
  }

  private TreeSet<LocalDate> days() {
    var days = new TreeSet<LocalDate>();
    bars.values().forEach(bar -> days.add(bar.tradeDate()));
    return days;
  }

  public int size() {
    return bars.size();
  }

  private static String sortKey(BarKey key) {
    return key.thirdCode().value() + "|" + key.tradeDate();
  }
}
