package stockassistant.domain.finance;

import java.time.LocalDate;
import stockassistant.domain.stock.ThirdCode;

/** Identifies one finance report: a security, the announcement day and the report period end. */
public record ReportKey(ThirdCode thirdCode, LocalDate annDate, LocalDate endDate) {}
