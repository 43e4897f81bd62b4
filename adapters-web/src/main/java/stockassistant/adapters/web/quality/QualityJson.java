package stockassistant.adapters.web.quality;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.CheckReport;
import stockassistant.application.quality.DatasetFreshness;
import stockassistant.application.quality.FreshnessReport;
import stockassistant.domain.quality.Finding;

/**
 * The audit report as JSON, one shape for {@code GET /api/v1/quality} and {@code audit --json}:
 * scripts that read one read the other. Dates are ISO; names are the checks' stable names.
 */
public final class QualityJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private QualityJson() {}

  public static ObjectNode of(AuditReport audit, FreshnessReport freshness) {
    ObjectNode root = NODES.objectNode();
    root.put("clean", audit.clean());
    root.put("findings", audit.findings());
    root.put("from", text(audit.from()));
    root.put("to", text(audit.to()));
    root.put("codes", audit.codes());
    root.put("newest_day", text(audit.newestDay()));
    root.put("calendar_stored", audit.calendarStored());
    root.put("elapsed_ms", audit.elapsedMillis());
    ArrayNode checks = root.putArray("checks");
    audit.checks().forEach(check -> checks.add(check(check)));
    if (freshness != null) {
      root.set("freshness", freshness(freshness));
    }
    return root;
  }

  public static ObjectNode freshness(FreshnessReport report) {
    ObjectNode node = NODES.objectNode();
    node.put("today", text(report.today()));
    node.put("calendar", report.calendar());
    ObjectNode datasets = node.putObject("datasets");
    for (DatasetFreshness dataset : report.datasets()) {
      ObjectNode one = datasets.putObject(dataset.dataset().key());
      one.put("newest_stored", text(dataset.newestStored()));
      one.put("newest_open_day", text(dataset.newestOpenDay()));
      one.put("age_days", dataset.ageDays());
    }
    return node;
  }

  private static ObjectNode check(CheckReport check) {
    ObjectNode node = NODES.objectNode();
    node.put("name", check.check().key());
    node.put("rule", check.check().rule());
    node.put("count", check.count());
    ObjectNode rules = node.putObject("rules");
    check.rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(rule -> rules.put(rule.getKey(), rule.getValue()));
    if (check.skipped() != null) {
      node.put("skipped", check.skipped());
    }
    if (check.check() == stockassistant.domain.quality.Check.GAPS) {
      ObjectNode suspended = node.putObject("suspended");
      suspended.put("days", check.suspendedDays());
      suspended.put("codes", check.suspendedCodes());
      ObjectNode byCode = suspended.putObject("by_code");
      check.suspendedByCode().forEach(byCode::put);
    }
    ArrayNode examples = node.putArray("examples");
    for (Finding finding : check.examples()) {
      ObjectNode example = examples.addObject();
      example.put("rule", finding.rule());
      example.put("code", finding.code());
      example.put("day", text(finding.day()));
      ObjectNode values = example.putObject("values");
      finding.values().forEach((name, value) -> {
        if (value == null) {
          values.putNull(name);
        } else if (value instanceof Double number) {
          values.put(name, number);
        } else {
          values.put(name, value.toString());
        }
      });
    }
    return node;
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
