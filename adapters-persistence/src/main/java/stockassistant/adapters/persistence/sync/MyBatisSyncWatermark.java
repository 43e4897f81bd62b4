package stockassistant.adapters.persistence.sync;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.sync.DayMark;
import stockassistant.domain.sync.SyncWatermark;

/** The watermark in sync_day, written inside the day's own transaction. */
public final class MyBatisSyncWatermark implements SyncWatermark {


  @Override
  public List<DayMark> marks(Db db, LocalDate from, LocalDate to) {
    return mapper(db).marks(from, to).stream().map(DayRow::toDomain).toList();
  }

  @Override
  public List<DayMark> incomplete(Db db, int limit) {
    return mapper(db).incomplete(limit).stream().map(DayRow::toDomain).toList();
  }

  @Override
  public void mark(Db db, DayMark mark) {
    mapper(db).mark(DayRow.of(mark));
  }

  @Override
  public Optional<LocalDate> newest(Db db) {
    return Optional.ofNullable(mapper(db).newest());
  }

  private SyncMapper mapper(Db db) {
    return OpenWork.of(db).mapper(SyncMapper.class);
  }
}
