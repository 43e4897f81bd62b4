package stockassistant.domain.calendar;

import stockassistant.domain.transaction.Db;
import java.util.List;

/** The suspension records (stock_suspension). Calls need an open unit of work. */
public interface SuspensionRepository {

  /** Inserts or updates every record; duplicates of (ts_code, trade_date): the last wins. */
  int upsertAll(Db db, List<Suspension> suspensions);

  /**
   * The records matching a search, newest first (trade_date descending, then code), starting
   * after {@code after} (null: from the first, skipping {@code skip}), at most {@code limit}.
   */
  List<Suspension> search(Db db, SuspensionSearch search, Suspension after, int skip, int limit);
}
