package stockassistant.application.stocks;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import stockassistant.application.Limits;
import stockassistant.application.Window;
import stockassistant.application.Pager;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.StockSearch;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.UnitOfWork;

/** The stock list and its finance-sync bookkeeping. */
public final class StockCatalog {
  public static final int MAX_PAGE = 1_000;
  public static final int MAX_CODES = 1_000;
  public static final int MAX_MISSING_FINANCE = 5_000;
  /** Batches above this many stocks get the bulk budget (an import of the whole list). */
  public static final int BULK_ROWS = 1_000;
  public static final int MAX_SEARCH_RESULTS = 50;
  /** As long as the longest column searched (name, varchar(100)). */
  public static final int MAX_SEARCH_TEXT = 100;

  private final StockRepository stocks;
  private final UnitOfWork work;

  @Inject
  public StockCatalog(StockRepository stocks, UnitOfWork work) {
    this.stocks = stocks;
    this.work = work;
  }

  public List<Stock> page(int skip, int limit) {
    if (skip < 0) {
      throw new InvalidField("skip", "must not be negative (was " + skip + ")");
    }
    Limits.requireBetween("limit", limit, 1, MAX_PAGE);
    return work.read("StockCatalog.page", db -> stocks.list(db, skip, limit));
  }

  /** Look-up by code, symbol, name or pinyin initials, as someone types them; best first. */
  public List<Stock> search(String text, int limit) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidField("q", "is required: part of a code, a symbol or a name");
    }
    if (trimmed.length() > MAX_SEARCH_TEXT) {
      throw new InvalidField("q", "must be at most " + MAX_SEARCH_TEXT + " characters");
    }
    Limits.requireBetween("limit", limit, 1, MAX_SEARCH_RESULTS);
    return work.read("StockCatalog.search", db -> stocks.search(db, trimmed, limit));
  }

  public List<Stock> findAll(List<ThirdCode> codes) {
    Limits.requireAtMost("third_codes", codes.size(), MAX_CODES);
    if (codes.isEmpty()) {
      return List.of();
    }
    return work.read("StockCatalog.findAll", db -> stocks.findByThirdCodes(db, codes));
  }

  public Optional<Stock> byThirdCode(ThirdCode code) {
    return work.read("StockCatalog.byThirdCode", db -> stocks.findByThirdCode(db, code));
  }

  public Optional<Stock> bySymbol(String symbol) {
    return work.read("StockCatalog.bySymbol", db -> stocks.findBySymbol(db, symbol));
  }

  /** Inserts or updates one stock; returns it as stored. */
  public Stock upsert(Stock stock) {
    return work.write("StockCatalog.upsert", db -> stocks.upsert(db, stock));
  }

  /** All or nothing; duplicates of third_code collapse to the last one; returns rows written. */
  public int upsertAll(List<Stock> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    List<Stock> copy = List.copyOf(batch);
    return copy.size() > BULK_ROWS
        ? work.bulkWrite("StockCatalog.upsertAll", db -> stocks.upsertAll(db, copy))
        : work.write("StockCatalog.upsertAll", db -> stocks.upsertAll(db, copy));
  }

  public List<ThirdCode> missingFinance(LocalDate period, LocalDate checkedBefore, int limit) {
    if (period == null) {
      throw new InvalidField("period", "is required");
    }
    if (checkedBefore == null) {
      throw new InvalidField("checked_before", "is required");
    }
    Limits.requireBetween("limit", limit, 1, MAX_MISSING_FINANCE);
    // fresh: a sync job asks again right after markFinanceSynced, and a stale answer redoes work
    return work.readFresh("StockCatalog.missingFinance",
        db -> stocks.missingFinance(db, period, checkedBefore, limit));
  }

  /** Returns how many of the codes are known stocks (and were marked). */
  public int markFinanceSynced(MarkFinanceSyncedCommand command) {
    if (command.codes().isEmpty()) {
      return 0;
    }
    return work.write("StockCatalog.markFinanceSynced",
        db -> stocks.markFinanceSynced(db, command.codes(), command.syncDate()));
  }

  /**
   * The stocks matching a search, ordered by third_code, cut to a window, a page at a time.
   * Returns whether rows were left beyond the window's limit.
   */
  public boolean search(StockSearch search, Window window, Consumer<Stock> sink) {
    Limits.requireAtMost("third_codes", search.codes().size(), MAX_CODES);
    return Pager.rows(window, MAX_PAGE, (ThirdCode after, int skip, int limit) ->
            work.read("StockCatalog.search", db -> stocks.search(db, search, after, skip, limit)),
        Stock::thirdCode, sink);
  }
}
