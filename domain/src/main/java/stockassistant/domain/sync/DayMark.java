package stockassistant.domain.sync;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A trade day stored whole: its rows, the late datasets still to fetch again (empty when
 * complete), and how many runs have stored it.
 */
public record DayMark(LocalDate day, int rows, Set<Dataset> missing, int attempts) {
  public DayMark {
    missing = missing.isEmpty() ? EnumSet.noneOf(Dataset.class) : EnumSet.copyOf(missing);
  }

  public boolean complete() {
    return missing.isEmpty();
  }
}
