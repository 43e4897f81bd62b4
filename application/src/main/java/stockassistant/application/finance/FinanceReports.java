package stockassistant.application.finance;

import jakarta.inject.Inject;
import java.util.List;
import stockassistant.application.Limits;
import stockassistant.application.UpsertResult;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.transaction.UnitOfWork;

/** Quarterly finance indicators. */
public final class FinanceReports {
  public static final int MAX_RECENT = 200;

  private final FinanceRepository reports;
  private final UnitOfWork work;

  @Inject
  public FinanceReports(FinanceRepository reports, UnitOfWork work) {
    this.reports = reports;
    this.work = work;
  }

  /** All or nothing; duplicates of (third_code, ann_date, end_date) collapse to the last one. */
  public UpsertResult upsert(List<FinanceReport> batch) {
    List<FinanceReport> unique = LastPerKey.of(batch, FinanceReport::key);
    if (unique.isEmpty()) {
      return new UpsertResult(batch.size(), 0);
    }
    return work.inTransaction(() -> new UpsertResult(batch.size(), reports.upsertAll(unique)));
  }

  public List<FinanceReport> recent(ThirdCode code, int limit) {
    Limits.requireBetween("limit", limit, 1, MAX_RECENT);
    return reports.recent(code, limit);
  }
}
