package stockassistant.application.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * Every dataset's freshness on {@code today} (the exchanges' date, Asia/Shanghai), counted in
 * open days of the SSE calendar when one is stored, in weekdays otherwise ({@code calendar}
 * says which).
 */
public record FreshnessReport(LocalDate today, String calendar, List<DatasetFreshness> datasets) {

  public FreshnessReport {
    datasets = List.copyOf(datasets);
  }
}
