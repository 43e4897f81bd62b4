package stockassistant.adapters.persistence.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.sync.DayMark;
import stockassistant.domain.sync.SyncWatermark;

/** The watermark in sync_day, written inside the day's own transaction. */
public final class MyBatisSyncWatermark implements SyncWatermark {
  private final Transactions tx;

  public MyBatisSyncWatermark(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public List<DayMark> marks(LocalDate from, LocalDate to) {
    return mapper().marks(from, to).stream().map(DayRow::toDomain).toList();
  }

  @Override
  public List<DayMark> incomplete(int limit) {
    return mapper().incomplete(limit).stream().map(DayRow::toDomain).toList();
  }

  @Override
  public void mark(DayMark mark) {
    mapper().mark(DayRow.of(mark));
  }

  @Override
  public Optional<LocalDate> newest() {
    return Optional.ofNullable(mapper().newest());
  }

  private SyncMapper mapper() {
    return tx.mapper(SyncMapper.class);
  }
}
