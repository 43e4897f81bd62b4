package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.stock.StockRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.MarketFeed;
import stockassistant.domain.sync.SyncJournal;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * The seed's finance flow, made resumable: the stocks with no report for the latest report period
 * whose finance was not checked within a week get every report fetched (all revisions: same
 * end_date, a new ann_date, is a row of its own) and are marked checked today, one stock per
 * transaction, so a run stopped part-way is asked for only the stocks it had not reached.
 */
final class FinanceSync {
  /** A stock still without the period's report is asked again after this many days. */
  static final int RECHECK_DAYS = 7;
  private static final int BATCH = 500;

  private final MarketFeed feed;
  private final StockRepository stocks;
  private final FinanceRepository finance;
  private final SyncJournal journal;
  private final UnitOfWork work;

  FinanceSync(MarketFeed feed, StockRepository stocks, FinanceRepository finance,
      SyncJournal journal, UnitOfWork work) {
    this.feed = feed;
    this.stocks = stocks;
    this.finance = finance;
    this.journal = journal;
    this.work = work;
  }

  /** The newest quarter end before this month: the report period companies are announcing. */
  static LocalDate reportPeriod(LocalDate today) {
    LocalDate end = today.withDayOfMonth(1).minusDays(1);
    while (end.getMonthValue() % 3 != 0) {
      end = end.withDayOfMonth(1).minusDays(1);
    }
    return end;
  }

  void run(LocalDate today, RunTally tally) {
    LocalDate period = reportPeriod(today);
    LocalDate checkedBefore = today.minusDays(RECHECK_DAYS - 1L);
    tally.phase("finance " + period, 0);
    while (true) {
      List<ThirdCode> codes = work.readFresh("MarketSync.missingFinance",
          db -> stocks.missingFinance(db, period, checkedBefore, BATCH));
      if (codes.isEmpty()) {
        return;
      }
      for (ThirdCode code : codes) {
        FeedRows<FinanceReport> reports = feed.reports(code);
        work.write("MarketSync.storeFinance", db -> {
          finance.upsertAll(db, reports.rows());
          journal.reject(db, tally.runId(), reports.rejected());
          stocks.markFinanceSynced(db, List.of(code), today);
          return null;
        });
        tally.stored(0, reports.rows().size(), reports.rejected().size());
      }
    }
  }
}
