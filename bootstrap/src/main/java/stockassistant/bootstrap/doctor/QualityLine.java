package stockassistant.bootstrap.doctor;

import com.codahale.metrics.MetricRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.AuditRequest;
import stockassistant.application.quality.CheckReport;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.quality.DatasetFreshness;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.domain.quality.Dataset;

/**
 * The doctor's one line on the data: findings of the audit over the newest week stored (the
 * whole store takes `audit`, up to a minute) and every dataset's age in open days. Findings are
 * reported, never a failure of the doctor: it checks the database, not the data.
 */
public final class QualityLine {
  static final int RECENT_DAYS = 7;

  private QualityLine() {}

  public static Map<String, Object> of(DatabaseTarget target, AppConfig config) {
    try (Persistence persistence = Persistence.open(target, config.pool(), config.resilience(),
        config.budgets(), new MetricRegistry())) {
      var quality = new DataQuality(persistence.quality(), persistence.calendar(),
          persistence.unitOfWork());
      var line = new LinkedHashMap<String, Object>();
      var ages = new LinkedHashMap<String, Object>();
      LocalDate newestDay = null;
      for (DatasetFreshness dataset : quality.freshness().datasets()) {
        ages.put(dataset.dataset().key(), dataset.ageDays() == null ? "none" : dataset.ageDays());
        if (dataset.dataset() == Dataset.BARS) {
          newestDay = dataset.newestStored();
        }
      }
      if (newestDay != null) {
        AuditReport recent = quality.audit(new AuditRequest(newestDay.minusDays(RECENT_DAYS),
            newestDay, List.of(), 0));
        var findings = new LinkedHashMap<String, Object>();
        for (CheckReport check : recent.checks()) {
          if (check.count() > 0) {
            findings.put(check.check().key(), check.count());
          }
        }
        line.put("findings_last_" + RECENT_DAYS + "_days", findings.isEmpty() ? "none" : findings);
      }
      line.put("age_open_days", ages);
      return line;
    }
  }
}
