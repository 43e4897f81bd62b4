package stockassistant.bootstrap.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import stockassistant.adapters.web.codec.Json;
import stockassistant.adapters.web.quality.QualityJson;
import stockassistant.application.quality.AuditReport;
import stockassistant.application.quality.AuditRequest;
import stockassistant.application.quality.DataQuality;
import stockassistant.application.quality.FreshnessReport;
import stockassistant.bootstrap.quality.AuditText;
import stockassistant.bootstrap.runtime.ToolRuntime;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audit the stored data: gaps (suspended days apart), price sanity, "
        + "continuity, price limits, adj_factor, staleness and finance, each check run by the "
        + "database; then every dataset's freshness. The conventions (tolerances, boards, "
        + "delist_date exclusive) are in README.md, \"Data quality\"."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:clean: no check found anything (suspended days are not findings)",
        ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE, "3:a check found something"})
final class AuditCommand implements Callable<Integer> {
  @Mixin
  OneShotOptions options;

  @Option(names = "--from", paramLabel = "DATE", description = "first day audited "
      + "(YYYY-MM-DD; default: the oldest)")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "last day audited "
      + "(YYYY-MM-DD; default: the newest)")
  LocalDate to;

  @Option(names = "--code", paramLabel = "C", arity = "1..*", split = ",",
      description = "only these codes (600000.SH; repeat or separate with commas)")
  List<String> codes;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "" + AuditRequest.DEFAULT_EXAMPLES,
      description = "examples shown per check, 0..1000 (default ${DEFAULT-VALUE})")
  int examples;

  @Option(names = "--json", description = "print the report as one JSON object, the same as "
      + "GET /api/v1/quality")
  boolean json;

  @Override
  public Integer call() throws Exception {
    AuditRequest request;
    try {
      request = new AuditRequest(from, to,
          codes == null ? List.of() : codes.stream().map(code -> parse(code.trim())).toList(),
          examples);
    } catch (InvalidField invalid) {
      System.err.println("audit: --" + invalid.field() + ": " + invalid.reason());
      return ExitCodes.USAGE;
    }
    try (ToolRuntime runtime = ToolRuntime.start(options.load())) {
      DataQuality quality = runtime.injector().getInstance(DataQuality.class);
      AuditReport report = quality.audit(request);
      FreshnessReport freshness = quality.freshness();
      if (json) {
        System.out.println(Json.MAPPER.writeValueAsString(QualityJson.of(report, freshness)));
      } else {
        AuditText.print(report, freshness, System.out);
      }
      return report.clean() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
  }

  private static ThirdCode parse(String code) {
    try {
      return ThirdCode.of(code);
    } catch (InvalidField invalid) {
      throw new InvalidField("code", "'" + code + "' " + invalid.reason());
    }
  }
}
