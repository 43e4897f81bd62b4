package stockassistant.domain.sync;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which trade days the sync has stored whole. A mark is written in the same unit of work as the
 * day's rows, so it never names a day that is not in the store. Calls need an open unit of work.
 */
public interface SyncWatermark {

  /** The marks of from..to inclusive, ascending. */
  List<DayMark> marks(Db db, LocalDate from, LocalDate to);

  /** Days stored with late datasets still missing, oldest first, at most {@code limit}. */
  List<DayMark> incomplete(Db db, int limit);

  /** Inserts or replaces the mark of one day. */
  void mark(Db db, DayMark mark);

  /** The newest day stored. */
  Optional<LocalDate> newest(Db db);
}
