package stockassistant.domain.quote;

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
  int upsertAll(List<DailyBar> bars);

  /**
   * Price bars (price columns, adj_factor, source) of one code from {@code from} to {@code to}
   * inclusive, ascending by trade_date, at most {@code limit}: one page, as columns.
   */
  BarPage priceBars(ThirdCode code, LocalDate from, LocalDate to, int limit);

  /** As {@link #priceBars}, with every column (price, adjustment and daily indicators). */
  BarPage fullBars(ThirdCode code, LocalDate from, LocalDate to, int limit);

  /** The newest bar of one code, every column. */
  Optional<DailyBar> latest(ThirdCode code);

  /** The newest trade_date in the table. */
  Optional<LocalDate> latestTradeDate();

  /**
   * Bars of one trading day, every column, with the stock's name, ordered by third_code,
   * starting after {@code after} (null: from the first), at most {@code limit}.
   */
  BarPage crossSection(LocalDate tradeDate, ThirdCode after, int limit);

  /**
   * Refreshes the planner's statistics of the table (ANALYZE), after a bulk load changed much
   * of it: autovacuum would, but only once it comes round to it.
   */
  void refreshStatistics();

  /**
   * The newest known (not null, positive) adj_factor of one code's bars from {@code from} to
   * {@code to} inclusive: the reference factor of forward-adjusted prices.
   */
  Optional<Double> latestAdjFactor(ThirdCode code, LocalDate from, LocalDate to);

  /**
   * Bars of a search, newest first: trade_date descending, then third_code ascending. Starts
   * after the row {@code after} (null: from the first, skipping {@code skip} rows), at most
   * {@code limit}.
   */
  List<DailyBar> newestFirst(BarSearch search, BarKey after, int skip, int limit);

  /** The days on which any bar is stored, from..to inclusive, newest first, at most limit. */
  List<LocalDate> tradeDays(LocalDate from, LocalDate to, int limit);

  /** The newest day before {@code day} on which any bar is stored. */
  Optional<LocalDate> tradeDayBefore(LocalDate day);

  /** The oldest trade_date in the table. */
  Optional<LocalDate> earliestTradeDate();
}
