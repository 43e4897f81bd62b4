package stockassistant.domain.quote;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.stock.ThirdCode;

/**
 * Daily bars. Every read is bounded (a limit or a key), so a use case streams a long history or
 * a whole market as consecutive pages. Calls need an open unit of work.
 */
public interface QuoteRepository {

  /**
   * Inserts or updates all bars: duplicates of (third_code, trade_date) collapse to the last
   * one. Returns the number of rows now as given. All or nothing with the unit of work.
   */
  int upsertAll(Db db, List<DailyBar> bars);

  /**
   * One page of a bar query, as columns: the query's rows in its order, starting after the row
   * {@code after} (null: from the first, skipping {@code skip} rows), at most {@code limit}.
   * The one read of bars: ranges, panels, cross-sections, the latest bar, Tushare's windows.
   */
  BarPage bars(Db db, BarQuery query, BarKey after, int skip, int limit);

  /**
   * The table's write version: it changes whenever a statement writes the table, and only then
   * (a cheap stand-in for "the bars may have changed", for HTTP ETags).
   */
  long writeVersion(Db db);

  /**
   * The first page of a bar query (as {@link #bars} with no {@code after}) and the write version
   * it was read at. This default reads the version first, then the page, so the page is never
   * older than the version; an adapter that can read both in one statement does.
   */
  default VersionedBarPage firstPageWithVersion(Db db, BarQuery query, int skip, int limit) {
    long version = writeVersion(db);
    return new VersionedBarPage(version, bars(db, query, null, skip, limit));
  }

  /** The newest trade_date in the table. */
  Optional<LocalDate> latestTradeDate(Db db);

  /**
   * Refreshes the planner's statistics of the table (ANALYZE), after a bulk load changed much
   * of it: autovacuum would, but only once it comes round to it.
   */
  void refreshStatistics(Db db);

  /**
   * The newest known (not null, positive) adj_factor of one code's bars from {@code from} to
   * {@code to} inclusive: the reference factor of forward-adjusted prices.
   */
  Optional<Double> latestAdjFactor(Db db, ThirdCode code, LocalDate from, LocalDate to);

  /** The days on which any bar is stored, from..to inclusive, newest first, at most limit. */
  List<LocalDate> tradeDays(Db db, LocalDate from, LocalDate to, int limit);

  /** The newest day before {@code day} on which any bar is stored. */
  Optional<LocalDate> tradeDayBefore(Db db, LocalDate day);

  /** The oldest trade_date in the table. */
  Optional<LocalDate> earliestTradeDate(Db db);
}
