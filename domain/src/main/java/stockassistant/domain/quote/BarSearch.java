package stockassistant.domain.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/**
 * Which bars a search reads: of these codes (none: every code), with trade_date from..to
 * inclusive, these metric columns, and only bars whose {@code knownMetric} is not null (when
 * given; e.g. the adjustment factors that are known).
 */
public record BarSearch(List<ThirdCode> codes, LocalDate from, LocalDate to,
    Set<BarMetric> columns, BarMetric knownMetric) {

  public BarSearch {
    InvalidField.requirePresent("third_codes", codes);
    InvalidField.requirePresent("start", from);
    InvalidField.requirePresent("end", to);
    InvalidField.requirePresent("columns", columns);
    codes = List.copyOf(codes);
    columns = Set.copyOf(columns);
  }

  /** The same search over other days. */
  public BarSearch between(LocalDate otherFrom, LocalDate otherTo) {
    return new BarSearch(codes, otherFrom, otherTo, columns, knownMetric);
  }

  /** The same search reading other columns. */
  public BarSearch reading(Set<BarMetric> otherColumns) {
    return new BarSearch(codes, from, to, otherColumns, knownMetric);
  }
}
