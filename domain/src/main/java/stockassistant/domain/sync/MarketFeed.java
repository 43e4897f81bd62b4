package stockassistant.domain.sync;

import java.time.LocalDate;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/**
 * The upstream market (Tushare Pro or anything speaking its protocol). Each call returns a whole
 * answer, however many pages it took, with the rows the domain's rules refused set apart. An
 * upstream limit is waited out inside; one that cannot be is a {@link FeedStopped}.
 */
public interface MarketFeed {

  /** Stocks of one list status: L listed, D delisted, P paused. */
  FeedRows<Stock> stocks(String listStatus);

  /** Calendar days of one exchange (SSE, SZSE, BSE) from..to inclusive. */
  FeedRows<ExchangeDay> calendar(String exchange, LocalDate from, LocalDate to);

  /**
   * One bar dataset of the whole market on one day: {@link Dataset#DAILY} gives price bars,
   * {@link Dataset#DAILY_BASIC} and {@link Dataset#ADJ_FACTOR} bars holding only their columns.
   */
  FeedRows<DailyBar> day(Dataset dataset, LocalDate day);

  /** The suspensions of one day. */
  FeedRows<Suspension> suspensions(LocalDate day);

  /** Every finance report of one code (all periods, every revision). */
  FeedRows<FinanceReport> reports(ThirdCode code);

  FeedUsage usage();
}
