package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
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
  public Optional<Stock> findBySymbol(Db db, String symbol) {
    return findBySymbol.timeSupplier(() -> inner.findBySymbol(db, symbol));
  }

  @Override
  public Optional<Stock> findByThirdCode(Db db, ThirdCode code) {
    return findByThirdCode.timeSupplier(() -> inner.findByThirdCode(db, code));
  }

  @Override
  public List<Stock> findByThirdCodes(Db db, Collection<ThirdCode> codes) {
    return findByThirdCodes.timeSupplier(() -> inner.findByThirdCodes(db, codes));
  }

  @Override
  public List<Stock> list(Db db, int skip, int limit) {
    return list.timeSupplier(() -> inner.list(db, skip, limit));
  }

  @Override
  public List<Stock> search(Db db, String text, int limit) {
    return searchText.timeSupplier(() -> inner.search(db, text, limit));
  }

  @Override
  public Stock upsert(Db db, Stock stock) {
    return upsert.timeSupplier(() -> inner.upsert(db, stock));
  }

  @Override
  public int upsertAll(Db db, List<Stock> stocks) {
    return upsertAll.timeSupplier(() -> inner.upsertAll(db, stocks));
  }

  @Override
  public List<ThirdCode> missingFinance(Db db, LocalDate period, LocalDate checkedBefore, int limit) {
    return missingFinance.timeSupplier(() -> inner.missingFinance(db, period, checkedBefore, limit));
  }

  @Override
  public int markFinanceSynced(Db db, Collection<ThirdCode> codes, LocalDate syncDate) {
    return markFinanceSynced.timeSupplier(() -> inner.markFinanceSynced(db, codes, syncDate));
  }

  @Override
  public List<Stock> search(Db db, StockSearch search, ThirdCode after, int skip, int limit) {
    return searchCriteria.timeSupplier(() -> inner.search(db, search, after, skip, limit));
  }
}
