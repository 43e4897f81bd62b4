package stockassistant.domain.finance;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.List;
import stockassistant.domain.stock.ThirdCode;

/** Quarterly finance indicators. Calls need an open unit of work. */
public interface FinanceRepository {

  /**
   * Inserts or updates all reports; duplicates of (third_code, ann_date, end_date) collapse to
   * the last one. Returns rows written. All or nothing with the unit of work.
   */
  int upsertAll(Db db, List<FinanceReport> reports);

  /** The most recent reports of one code by end_date descending (ann_date descending on ties). */
  List<FinanceReport> recent(Db db, ThirdCode code, int limit);

  /**
   * Point in time: per report period (end_date) of one code, the latest revision announced on
   * or before {@code asOf} (none announced by then: the period is absent), newest period first.
   */
  List<FinanceReport> asOf(Db db, ThirdCode code, LocalDate asOf, int limit);

  /**
   * The reports matching a search, newest period first: end_date descending, then ann_date
   * descending, then third_code ascending. Starts after {@code after} (null: from the first,
   * skipping {@code skip}), at most {@code limit}.
   */
  List<FinanceReport> search(Db db, FinanceSearch search, ReportKey after, int skip, int limit);
}
