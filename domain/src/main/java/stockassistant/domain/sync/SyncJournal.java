package stockassistant.domain.sync;

import stockassistant.domain.transaction.Db;
import java.util.List;
import java.util.Optional;

/** The record of sync runs and of the upstream rows they refused. Calls need an open unit of work. */
public interface SyncJournal {

  /** Records a run as started; returns its id. */
  long begin(Db db, String request);

  /** Records how a run ended (its id, counts, outcome and message). */
  void finish(Db db, SyncRun run);

  /** Keeps refused rows of a run. */
  void reject(Db db, long runId, List<RejectedRow> rows);

  /** The newest run. */
  Optional<SyncRun> last(Db db);

  /** The newest refused rows, newest first, at most {@code limit}. */
  List<RejectedRow> recentRejected(Db db, int limit);
}
