package stockassistant.adapters.persistence.calendar;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.util.List;
import stockassistant.adapters.persistence.session.Batches;
import stockassistant.domain.LastPerKey;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.calendar.SuspensionRepository;
import stockassistant.domain.calendar.SuspensionSearch;
import stockassistant.domain.stock.ThirdCode;

/** stock_suspension through MyBatis: a day of the market has tens of records, VALUES batches. */
public final class MyBatisSuspensionRepository implements SuspensionRepository {
  private static final int BATCH_ROWS = 2_000;


  @Override
  public int upsertAll(Db db, List<Suspension> suspensions) {
    List<SuspensionRow> rows = LastPerKey.of(suspensions,
            suspension -> suspension.thirdCode().value() + " " + suspension.tradeDate())
        .stream().map(SuspensionRow::of).toList();
    int written = 0;
    for (List<SuspensionRow> batch : Batches.of(rows, BATCH_ROWS)) {
      written += OpenWork.of(db).mapper(SuspensionMapper.class).upsert(batch);
    }
    return written;
  }

  @Override
  public List<Suspension> search(Db db, SuspensionSearch search, Suspension after, int skip, int limit) {
    return OpenWork.of(db).mapper(SuspensionMapper.class).search(
            search.codes().stream().map(ThirdCode::value).toList(), search.from(), search.to(),
            search.type() == null ? null : search.type().name(),
            after == null ? null : after.tradeDate(),
            after == null ? null : after.thirdCode().value(), skip, limit)
        .stream().map(SuspensionRow::toDomain).toList();
  }
}
