package stockassistant.bootstrap.quality;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.CheckReport;
import stockassistant.application.quality.DatasetFreshness;
import stockassistant.application.quality.FreshnessReport;
import stockassistant.domain.quality.Finding;

/** The audit report for a terminal: one line per check, its examples indented beneath. */
public final class AuditText {
  private AuditText() {}

  public static void print(AuditReport report, FreshnessReport freshness, PrintStream out) {
    out.printf(Locale.ROOT, "audit: %s .. %s, %,d codes, newest day stored %s, calendar %s, "
            + "%.1f s%n", orAll(report.from(), "oldest"), orAll(report.to(), "newest"),
        report.codes(), report.newestDay(), report.calendarStored() ? "stored" : "none",
        report.elapsedMillis() / 1000.0);
    for (CheckReport check : report.checks()) {
      out.printf(Locale.ROOT, "  %-13s %s%n", check.check().key(), summary(check));
      for (Finding finding : check.examples()) {
        out.printf(Locale.ROOT, "      %-28s %s %s  %s%n", finding.rule(), finding.code(),
            finding.day(), values(finding.values()));
      }
    }
    out.println("freshness (" + freshness.calendar() + " open days behind, today "
        + freshness.today() + "): " + summary(freshness));
    out.println(report.clean() ? "audit: clean"
        : String.format(Locale.ROOT, "audit: %,d findings", report.findings()));
  }

  /** {@code bars 0, daily_basic 0, adj_factor 2, finance 41}: the doctor's line too. */
  public static String summary(FreshnessReport freshness) {
    return freshness.datasets().stream().map(dataset -> dataset.dataset().key() + " "
            + (dataset.ageDays() == null ? "none" : dataset.ageDays() + " (" + dataset.newestStored() + ")"))
        .collect(Collectors.joining(", "));
  }

  private static String summary(CheckReport check) {
    if (check.skipped() != null) {
      return "skipped: " + check.skipped();
    }
    String found = check.count() == 0 ? "ok" : String.format(Locale.ROOT, "%,d  %s",
        check.count(), check.rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(rule -> rule.getKey() + " " + rule.getValue()).collect(Collectors.joining(", ")));
    if (check.suspendedDays() > 0) {
      found += String.format(Locale.ROOT, "  (suspended, not findings: %,d days of %,d codes)",
          check.suspendedDays(), check.suspendedCodes());
    }
    return found;
  }

  private static String values(Map<String, Object> values) {
    return values.entrySet().stream().map(value -> value.getKey() + "=" + value.getValue())
        .collect(Collectors.joining(" "));
  }

  private static String orAll(Object day, String fallback) {
    return day == null ? fallback : day.toString();
  }
}
