package stockassistant.adapters.persistence.finance;

import java.time.LocalDate;
import java.util.List;
import stockassistant.adapters.persistence.bulk.BulkUpsert;
import stockassistant.adapters.persistence.session.Transactions;
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
  private final Transactions tx;
  private final BulkUpsert<FinanceReport> writer;

  public MyBatisFinanceRepository(Transactions tx) {
    this(tx, FinanceRows.COPY_THRESHOLD);
  }

  /** With another COPY threshold: 0 forces COPY, Integer.MAX_VALUE the row path (tests). */
  MyBatisFinanceRepository(Transactions tx, int copyThreshold) {
    this.tx = tx;
    this.writer = FinanceRows.writer(copyThreshold);
  }

  @Override
  public int upsertAll(List<FinanceReport> reports) {
    return writer.upsert(tx.connection(), reports);
  }

  @Override
  public List<FinanceReport> recent(ThirdCode code, int limit) {
    return tx.mapper(FinanceMapper.class).recent(code.value(), limit).stream()
        .map(FinanceRows::toReport).toList();
  }

  @Override
  public List<FinanceReport> asOf(ThirdCode code, LocalDate asOf, int limit) {
    return tx.mapper(FinanceMapper.class).asOf(code.value(), asOf, limit).stream()
        .map(FinanceRows::toReport).toList();
  }

  @Override
  public List<FinanceReport> search(FinanceSearch search, ReportKey after, int skip, int limit) {
    return tx.mapper(FinanceSearchMapper.class).search(
            search.codes().stream().map(ThirdCode::value).toList(), search.annDate(),
            search.periodFrom(), search.periodTo(), after == null ? null : after.endDate(),
            after == null ? null : after.annDate(),
            after == null ? null : after.thirdCode().value(), skip, limit)
        .stream().map(FinanceRows::toReport).toList();
  }
}
