package stockassistant.adapters.persistence.timing;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;

/** A timer around each call of the stock repository (see {@link TimedQuoteRepository}). */
public final class TimedStockRepository implements StockRepository {
  private final StockRepository inner;
  private final Timer findBySymbol;
  private final Timer findByThirdCode;
  private final Timer findByThirdCodes;
  private final Timer list;
  private final Timer searchText;
  private final Timer upsert;
  private final Timer upsertAll;
  private final Timer missingFinance;
  private final Timer markFinanceSynced;
  private final Timer searchCriteria;

  public TimedStockRepository(StockRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, StockRepository.class);
    findBySymbol = timers.of("findBySymbol");
    findByThirdCode = timers.of("findByThirdCode");
    findByThirdCodes = timers.of("findByThirdCodes");
    list = timers.of("list");
    searchText = timers.of("search(String)");
    upsert = timers.of("upsert");
    upsertAll = timers.of("upsertAll");
    missingFinance = timers.of("missingFinance");
    markFinanceSynced = timers.of("markFinanceSynced");
    searchCriteria = timers.of("search(StockSearch)");
  }

  @Override
  public Optional<Stock> findBySymbol(String symbol) {
    return findBySymbol.timeSupplier(() -> inner.findBySymbol(symbol));
  }

  @Override
  public Optional<Stock> findByThirdCode(ThirdCode code) {
    return findByThirdCode.timeSupplier(() -> inner.findByThirdCode(code));
  }

  @Override
  public List<Stock> findByThirdCodes(Collection<ThirdCode> codes) {
    return findByThirdCodes.timeSupplier(() -> inner.findByThirdCodes(codes));
  }

  @Override
  public List<Stock> list(int skip, int limit) {
    return list.timeSupplier(() -> inner.list(skip, limit));
  }

  @Override
  public List<Stock> search(String text, int limit) {
    return searchText.timeSupplier(() -> inner.search(text, limit));
  }

  @Override
  public Stock upsert(Stock stock) {
    return upsert.timeSupplier(() -> inner.upsert(stock));
  }

  @Override
  public int upsertAll(List<Stock> stocks) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(stocks));
  }

  @Override
  public List<ThirdCode> missingFinance(LocalDate period, LocalDate checkedBefore, int limit) {
    return missingFinance.timeSupplier(() -> inner.missingFinance(period, checkedBefore, limit));
  }

  @Override
  public int markFinanceSynced(Collection<ThirdCode> codes, LocalDate syncDate) {
    return markFinanceSynced.timeSupplier(() -> inner.markFinanceSynced(codes, syncDate));
  }

  @Override
  public List<Stock> search(StockSearch search, ThirdCode after, int skip, int limit) {
    return searchCriteria.timeSupplier(() -> inner.search(search, after, skip, limit));
  }
}
