package stockassistant.domain.quality;

import stockassistant.domain.transaction.Db;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The data-quality checks, run by the database over one slice of the store at a time. Every
 * call is bounded by its slice and returns at most {@code examples} findings. Calls need an
 * open unit of work.
 */
public interface QualityRepository {

  /** Every code the store knows (stocks, bars, finance), ascending. */
  List<String> codes(Db db);

  /** The estimated number of bars stored (the planner's figure; cheap). */
  long estimatedBars(Db db);

  /** The newest trade_date stored for any stock, not after {@code notAfter} (null: any). */
  Optional<LocalDate> newestBarDay(Db db, LocalDate notAfter);

  /** Runs one check over one slice. */
  SliceResult run(Db db, Check check, AuditSlice slice, int examples);

  /**
   * The newest day a dataset holds: for bars, daily_basic and adj_factor the newest trade_date
   * with the dataset's columns stored, searched back at most {@code lookBackDays} from the newest
   * bar (empty beyond that); for finance the newest ann_date.
   */
  Optional<LocalDate> newestDay(Db db, Dataset dataset, int lookBackDays);
}
