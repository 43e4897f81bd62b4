package stockassistant.adapters.persistence.finance;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.time.LocalDate;
import java.util.List;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.finance.FinanceSearch;
import stockassistant.domain.finance.ReportKey;
import stockassistant.domain.stock.ThirdCode;

/**
 * stock_finance through MyBatis. With 91 columns, the seed's 1,000-row multi-VALUES statement
 * would bind 91,000 parameters, over the wire protocol's 32,767; bulk writes go through COPY.
 */
public final class MyBatisFinanceRepository implements FinanceRepository {
  private final BulkUpsert<FinanceReport> writer = FinanceRows.writer(FinanceRows.COPY_THRESHOLD);

  @Override
  public int upsertAll(Db db, List<FinanceReport> reports) {
    return writer.upsert(OpenWork.of(db).connection(), reports);
  }

  @Override
  public List<FinanceReport> recent(Db db, ThirdCode code, int limit) {
    return OpenWork.of(db).mapper(FinanceMapper.class).recent(code.value(), limit).stream()
        .map(FinanceRows::toReport).toList();
  }

  @Override
  public List<FinanceReport> asOf(Db db, ThirdCode code, LocalDate asOf, int limit) {
    return OpenWork.of(db).mapper(FinanceMapper.class).asOf(code.value(), asOf, limit).stream()
        .map(FinanceRows::toReport).toList();
  }

  @Override
  public List<FinanceReport> search(Db db, FinanceSearch search, ReportKey after, int skip, int limit) {
    return OpenWork.of(db).mapper(FinanceSearchMapper.class).search(
            search.codes().stream().map(ThirdCode::value).toList(), search.annDate(),
            search.periodFrom(), search.periodTo(), after == null ? null : after.endDate(),
            after == null ? null : after.annDate(),
            after == null ? null : after.thirdCode().value(), skip, limit)
        .stream().map(FinanceRows::toReport).toList();
  }
}
