package stockassistant.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;
import stockassistant.bootstrap.backup.BackupTool;
import stockassistant.bootstrap.doctor.BackupCheck;
import stockassistant.bootstrap.doctor.DatabaseDiagnosis;
import stockassistant.bootstrap.doctor.FailureReasons;
import stockassistant.bootstrap.doctor.StorageReport;
import stockassistant.bootstrap.doctor.QualityLine;
import stockassistant.bootstrap.doctor.SyncDiagnosis;
import stockassistant.bootstrap.doctor.TushareExample;

@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Check the database: target (password masked), server, latency, pool "
        + "settings, migrations, row counts. Exits non-zero with the reason when a check fails.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:every check passed", "1:a check failed (the reason is printed)",
        ExitCodes.USAGE_LINE})
final class DoctorCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--json", description = "print the report as one JSON object (figures as "
      + "numbers; durations in ms, as their _ms names say)")
  boolean json;

  @Override
  public Integer call() throws Exception {
    AppConfig app = options.load();
    var report = new LinkedHashMap<String, Object>();
    String failure = null;
    try (DatabaseRuntime database = DatabaseRuntime.start(app)) {
      report.put("target", database.target().maskedUrl());
      report.put("user", database.target().username());
      report.put("embedded", database.isEmbedded());
      failure = new DatabaseDiagnosis(database.target(), app).run(report);
      report.put("last_good_backup", BackupCheck.lastGood(() -> BackupTool.backups(app, database)));
      StorageReport.add(report, database, app);
      if (failure == null) {
        report.put("data_quality", QualityLine.of(database.target(), app));
      }
      SyncDiagnosis.report(database.target(), app, report);
    } catch (RuntimeException startFailure) {
      failure = FailureReasons.describe(startFailure);
      StorageReport.addWithoutServer(report, app);
    }
    report.put("tushare_url", TushareExample.url(app.web()));
    report.put("ok", failure == null);
    if (failure != null) {
      report.put("failure", failure);
    }
    print(report);
    if (failure != null) {
      System.err.println("doctor: FAILED: " + failure);
      return 1;
    }
    if (!json) {
      System.out.println("doctor: OK");
      System.out.println("Tushare Pro scripts (import tushare as ts), once `serve` runs:");
      TushareExample.python(app.web()).forEach(line -> System.out.println("  " + line));
    }
    return 0;
  }

  private void print(Map<String, Object> report) throws Exception {
    if (json) {
      System.out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .writeValueAsString(report));
      return;
    }
    report.forEach((key, value) -> {
      if (!key.equals("ok") && !key.equals("failure")) {
        System.out.printf("%-22s %s%n", key + ":", text(value));
      }
    });
  }

  /** A nested figure on one line: {@code median 0.12, max 0.40, samples 20}. */
  private static String text(Object value) {
    if (value instanceof Map<?, ?> map) {
      var parts = new StringJoiner(", ");
      map.forEach((key, inner) -> parts.add(key + " " + text(inner)));
      return parts.toString();
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
