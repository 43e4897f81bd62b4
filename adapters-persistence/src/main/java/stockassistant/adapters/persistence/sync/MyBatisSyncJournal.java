package stockassistant.adapters.persistence.sync;

import java.util.List;
import java.util.Optional;
import stockassistant.adapters.persistence.session.Transactions;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncJournal;
import stockassistant.domain.sync.SyncRun;

/** Runs in sync_run, refused rows in sync_rejected. */
public final class MyBatisSyncJournal implements SyncJournal {
  /** Rows per INSERT: 5 parameters each. */
  private static final int CHUNK = 1_000;
  private final Transactions tx;

  public MyBatisSyncJournal(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public long begin(String request) {
    mapper().closeInterrupted();
    return mapper().begin(request);
  }

  @Override
  public void finish(SyncRun run) {
    mapper().finish(run);
  }

  @Override
  public void reject(long runId, List<RejectedRow> rows) {
    for (int start = 0; start < rows.size(); start += CHUNK) {
      mapper().reject(runId, rows.subList(start, Math.min(rows.size(), start + CHUNK)));
    }
  }

  @Override
  public Optional<SyncRun> last() {
    return Optional.ofNullable(mapper().last()).map(RunRow::toDomain);
  }

  @Override
  public List<RejectedRow> recentRejected(int limit) {
    return mapper().recentRejected(limit);
  }

  private SyncMapper mapper() {
    return tx.mapper(SyncMapper.class);
  }
}
