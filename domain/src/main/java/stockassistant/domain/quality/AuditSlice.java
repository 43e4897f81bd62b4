package stockassistant.domain.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of the store one check reads at a time: some codes over a range of days.
 *
 * @param codes the codes, ascending
 * @param from first day checked (null: the oldest)
 * @param to last day checked (null: the newest)
 * @param newestDay the newest day stored for any stock, within the range: where gaps end for a
 *     listed stock and what staleness is measured against (null: no bar stored)
 */
public record AuditSlice(List<String> codes, LocalDate from, LocalDate to, LocalDate newestDay) {

  public AuditSlice {
    codes = List.copyOf(codes);
  }
}
