package stockassistant.adapters.persistence.sync;

import stockassistant.domain.transaction.Db;
import stockassistant.adapters.persistence.session.OpenWork;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncJournal;
import stockassistant.domain.sync.SyncRun;

/** Runs in sync_run, refused rows in sync_rejected. */
public final class MyBatisSyncJournal implements SyncJournal {
  /** Rows per INSERT: 5 parameters each. */
  private static final int CHUNK = 1_000;


  @Override
  public long begin(Db db, String request) {
    mapper(db).closeInterrupted();
    return mapper(db).begin(request);
  }

  @Override
  public void finish(Db db, SyncRun run) {
    mapper(db).finish(run);
  }

  @Override
  public void reject(Db db, long runId, List<RejectedRow> rows) {
    for (int start = 0; start < rows.size(); start += CHUNK) {
      mapper(db).reject(runId, rows.subList(start, Math.min(rows.size(), start + CHUNK)));
    }
  }

  @Override
  public Optional<SyncRun> last(Db db) {
    return Optional.ofNullable(mapper(db).last()).map(RunRow::toDomain);
  }

  @Override
  public List<RejectedRow> recentRejected(Db db, int limit) {
    return mapper(db).recentRejected(limit);
  }

  private SyncMapper mapper(Db db) {
    return OpenWork.of(db).mapper(SyncMapper.class);
  }
}
