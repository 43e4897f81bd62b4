package stockassistant.application.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import stockassistant.application.marketdata.MarketData;
import stockassistant.domain.calendar.Exchange;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.quote.BarKey;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.QuoteRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.sync.Dataset;
import stockassistant.domain.sync.DayMark;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncJournal;
import stockassistant.domain.sync.SyncWatermark;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Stores a day whole: its bars (through the same COPY upsert as every other write), its
 * suspensions, its refused rows and its watermark, in one transaction. A run killed before the
 * commit left nothing of the day; after it, the mark says the day is done.
 */
final class DayStore {
  private final QuoteRepository quotes;
  private final SyncCalendar calendar;
  private final SyncWatermark watermark;
  private final SyncJournal journal;
  private final UnitOfWork work;

  DayStore(QuoteRepository quotes, SyncCalendar calendar, SyncWatermark watermark,
      SyncJournal journal, UnitOfWork work) {
    this.quotes = quotes;
    this.calendar = calendar;
    this.watermark = watermark;
    this.journal = journal;
    this.work = work;
  }

  /** A freshly fetched day; returns its mark. */
  DayMark store(long runId, FetchedDay fetched, int attempts) {
    var layers = new java.util.EnumMap<Dataset, List<DailyBar>>(Dataset.class);
    fetched.bars().forEach((dataset, rows) -> {
      if (dataset != Dataset.DAILY) {
        layers.put(dataset, rows.rows());
      }
    });
    DayMerge.Merged merged = DayMerge.over(fetched.bars().get(Dataset.DAILY).rows(), layers);
    List<Suspension> suspensions = fetched.suspensions() == null ? List.of()
        : fetched.suspensions().rows();
    var mark = new DayMark(fetched.day(), merged.bars().size(), merged.missing(), attempts);
    write(runId, merged.bars(), suspensions, fetched.rejected(), mark);
    return mark;
  }

  /** The late datasets of a stored day, laid over what is stored; returns the new mark. */
  DayMark storeLate(long runId, FetchedDay late, DayMark before) {
    var layers = new java.util.EnumMap<Dataset, List<DailyBar>>(Dataset.class);
    late.bars().forEach((dataset, rows) -> layers.put(dataset, rows.rows()));
    List<RejectedRow> rejected = late.rejected();
    return work.bulkWrite("MarketSync.storeLateDay", db -> {
      DayMerge.Merged merged = DayMerge.over(storedDay(db, late.day()), layers);
      quotes.upsertAll(db, merged.bars());
      journal.reject(db, runId, rejected);
      var mark = new DayMark(late.day(), merged.bars().size(), merged.missing(),
          before.attempts() + 1);
      watermark.mark(db, mark);
      return mark;
    });
  }

  private void write(long runId, List<DailyBar> bars, List<Suspension> suspensions,
      List<RejectedRow> rejected, DayMark mark) {
    work.bulkWrite("MarketSync.storeDay", db -> {
      quotes.upsertAll(db, bars);
      calendar.upsertSuspensions(db, suspensions);
      journal.reject(db, runId, rejected);
      watermark.mark(db, mark);
      return null;
    });
  }

  /** Every stored bar of one day, read a page at a time inside the day's transaction. */
  private List<DailyBar> storedDay(Db db, LocalDate day) {
    var bars = new ArrayList<DailyBar>();
    BarQuery wholeDay = BarQuery.day(day, EnumSet.allOf(BarMetric.class));
    BarKey after = null;
    while (true) {
      BarPage page = quotes.bars(db, wholeDay, after, 0, MarketData.PAGE_ROWS);
      for (int row = 0; row < page.size(); row++) {
        bars.add(page.bar(row));
      }
      if (page.size() < MarketData.PAGE_ROWS) {
        return bars;
      }
      after = page.key(page.size() - 1);
    }
  }

  /** Only the refused rows of a step that stores nothing else (the stock list, say). */
  void reject(long runId, List<RejectedRow> rejected) {
    if (!rejected.isEmpty()) {
      work.write("MarketSync.reject", db -> {
        journal.reject(db, runId, rejected);
        return null;
      });
    }
  }
}
