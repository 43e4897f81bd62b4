package stockassistant.application.finance;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import stockassistant.application.Limits;
import stockassistant.application.UpsertResult;
import stockassistant.application.Window;
import stockassistant.application.Pager;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.finance.ReportKey;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.UnitOfWork;

/** Quarterly finance indicators. */
public final class FinanceReports {
  public static final int MAX_RECENT = 200;
  /** Batches above this many reports get the bulk budget (91 columns each). */
  public static final int BULK_ROWS = 5_000;
  /** Reports per page of a streamed search (91 columns each). */
  public static final int PAGE_ROWS = 1_000;
  /** Codes one search may name. */
  public static final int MAX_CODES = 1_000;

  private final FinanceRepository reports;
  private final UnitOfWork work;

  @Inject
  public FinanceReports(FinanceRepository reports, UnitOfWork work) {
    this.reports = reports;
    this.work = work;
  }

  /** All or nothing; duplicates of (third_code, ann_date, end_date) collapse to the last one. */
  public UpsertResult upsert(List<FinanceReport> batch) {
    if (batch.isEmpty()) {
      return new UpsertResult(0, 0);
    }
    List<FinanceReport> copy = List.copyOf(batch);
    int written = copy.size() > BULK_ROWS
        ? work.bulkWrite("FinanceReports.upsert", db -> reports.upsertAll(db, copy))
        : work.write("FinanceReports.upsert", db -> reports.upsertAll(db, copy));
    return new UpsertResult(copy.size(), written);
  }

  public List<FinanceReport> recent(ThirdCode code, int limit) {
    Limits.requireBetween("limit", limit, 1, MAX_RECENT);
    return work.read("FinanceReports.recent", db -> reports.recent(db, code, limit));
  }

  /**
   * Point in time: as the reports were known on {@code asOf}. Per report period, the latest
   * revision announced on or before that day, newest period first; a revision announced after
   * it is never seen (no look-ahead in a backtest). Null {@code asOf}: {@link #recent}.
   */
  public List<FinanceReport> recent(ThirdCode code, int limit, LocalDate asOf) {
    if (asOf == null) {
      return recent(code, limit);
    }
    Limits.requireBetween("limit", limit, 1, MAX_RECENT);
    return work.read("FinanceReports.asOf", db -> reports.asOf(db, code, asOf, limit));
  }

  /**
   * The reports matching a search, newest period first (end_date, then ann_date descending,
   * then third_code), cut to a window, a page at a time. Returns whether rows were left beyond
   * the window's limit.
   */
  public boolean search(FinanceSearch search, Window window, Consumer<FinanceReport> sink) {
    Limits.requireAtMost("third_codes", search.codes().size(), MAX_CODES);
    return Pager.rows(window, PAGE_ROWS, (ReportKey after, int skip, int limit) ->
            work.read("FinanceReports.search", db -> reports.search(db, search, after, skip, limit)),
        FinanceReport::key, sink);
  }
}
