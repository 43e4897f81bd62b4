package stockassistant.domain.stock;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stock list. Calls need an open unit of work. */
public interface StockRepository {

  Optional<Stock> findBySymbol(Db db, String symbol);

  Optional<Stock> findByThirdCode(Db db, ThirdCode code);

  /** The stocks among these codes that exist, in no particular order. */
  List<Stock> findByThirdCodes(Db db, Collection<ThirdCode> codes);

  /** A page ordered by third_code. */
  List<Stock> list(Db db, int skip, int limit);

  /**
   * Stocks whose third_code or symbol starts with {@code text}, whose name contains it, or whose
   * cnspell (pinyin initials) starts with it, ignoring case; exact code or symbol matches
   * first, then name prefixes, then by third_code; at most {@code limit}.
   */
  List<Stock> search(Db db, String text, int limit);

  /** Inserts or updates by third_code and returns the stored row. */
  Stock upsert(Db db, Stock stock);

  /** Inserts or updates many (duplicates of third_code collapse to the last); returns rows written. */
  int upsertAll(Db db, List<Stock> stocks);

  /**
   * Codes with no stock_finance row for the report period, whose finance data was never checked
   * or last checked before {@code checkedBefore}; ordered by third_code, at most {@code limit}.
   */
  List<ThirdCode> missingFinance(Db db, LocalDate period, LocalDate checkedBefore, int limit);

  /** Records that finance data was pulled on {@code syncDate}; returns how many stocks exist. */
  int markFinanceSynced(Db db, Collection<ThirdCode> codes, LocalDate syncDate);

  /**
   * The stocks matching a search, ordered by third_code, starting after {@code after} (null:
   * from the first, skipping {@code skip}), at most {@code limit}.
   */
  List<Stock> search(Db db, StockSearch search, ThirdCode after, int skip, int limit);
}
