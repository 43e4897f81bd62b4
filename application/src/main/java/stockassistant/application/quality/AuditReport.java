package stockassistant.application.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit's answer: the range and codes audited, the newest day stored for any stock (what
 * gaps end at and staleness is measured against), whether a trading calendar was stored, and
 * every check's report, in {@code Check} order.
 */
public record AuditReport(LocalDate from, LocalDate to, int codes, LocalDate newestDay,
    boolean calendarStored, List<CheckReport> checks, long elapsedMillis) {

  public AuditReport {
    checks = List.copyOf(checks);
  }

  /** No check found anything (suspended days are not findings; a skipped check finds nothing). */
  public boolean clean() {
    return checks.stream().allMatch(CheckReport::clean);
  }

  public long findings() {
    return checks.stream().mapToLong(CheckReport::count).sum();
  }
}
