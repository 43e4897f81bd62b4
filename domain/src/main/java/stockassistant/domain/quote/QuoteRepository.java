package stockassistant.domain.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import stockassistant.domain.stock.ThirdCode;

/**
 * Daily bars. Range and cross-section reads hand rows to a sink one at a time, straight from a
 * database cursor, so a whole history or a whole market never sits in memory.
 */
public interface QuoteRepository {

  /**
   * Inserts or updates all bars in one transaction: all or nothing. Duplicates of (third_code,
   * trade_date) collapse to the last one. Returns the number of rows written.
   */
  int upsertAll(List<DailyBar> bars);

  /** Price bars (price columns, adj_factor, source) of one code, ascending by trade_date. */
  void priceBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink);

  /** Bars with every indicator column of one code, ascending by trade_date. */
  void valuationBars(ThirdCode code, LocalDate from, LocalDate to, Consumer<DailyBar> sink);

  /** The newest bar of one code, every column. */
  Optional<DailyBar> latest(ThirdCode code);

  /** The newest trade_date in the table. */
  Optional<LocalDate> latestTradeDate();

  /** Every bar of one trading day with the stock's name, ordered by third_code. */
  void crossSection(LocalDate tradeDate, Consumer<MarketBar> sink);
}
