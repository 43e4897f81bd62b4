package stockassistant.adapters.persistence.finance;

import java.util.List;
import stockassistant.adapters.persistence.bulk.StagedCopy;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.finance.FinanceRepository;
import stockassistant.domain.stock.ThirdCode;

/**
 * stock_finance through MyBatis. With 91 columns, the seed's 1,000-row multi-VALUES statement
 * would bind 91,000 parameters, over the wire protocol's 32,767; bulk writes go through COPY.
 */
public final class MyBatisFinanceRepository implements FinanceRepository {
  static final int COPY_THRESHOLD = 32;

  private final Transactions tx;

  public MyBatisFinanceRepository(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public int upsertAll(List<FinanceReport> reports) {
    List<FinanceReport> unique = LastPerKey.of(reports, FinanceReport::key);
    if (unique.isEmpty()) {
      return 0;
    }
    if (unique.size() < COPY_THRESHOLD) {
      return upsertByRows(unique);
    }
    List<Object[]> probe = List.of(FinanceRows.key(unique.get(0)),
        FinanceRows.key(unique.get(unique.size() - 1)));
    return tx.inTransaction(() -> StagedCopy.upsert(tx.session().getConnection(),
        FinanceSql.TABLE, probe, unique.size(),
        out -> unique.forEach(report -> FinanceRows.copy(report, out))));
  }

  /** The multi-VALUES path in statements sized under the bind limit. */
  public int upsertByRows(List<FinanceReport> reports) {
    List<FinanceReport> unique = LastPerKey.of(reports, FinanceReport::key);
    if (unique.isEmpty()) {
      return 0;
    }
    return tx.inTransaction(() -> {
      for (List<FinanceReport> batch : Batches.of(unique, FinanceSql.TABLE.rowsPerStatement())) {
        mapper().upsertRows(batch.stream().map(FinanceRows::toRow).toList());
      }
      // unchanged rows are skipped by the statement but are stored as given all the same
      return unique.size();
    });
  }

  @Override
  public List<FinanceReport> recent(ThirdCode code, int limit) {
    return tx.boundedRead(() -> mapper().recent(code.value(), limit).stream()
        .map(FinanceRows::toReport).toList());
  }

  private FinanceMapper mapper() {
    return tx.mapper(FinanceMapper.class);
  }
}
