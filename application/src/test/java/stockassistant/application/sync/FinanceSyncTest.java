package stockassistant.application.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinanceSyncTest {
  @Test
  void theReportPeriodIsTheNewestQuarterEndBeforeThisMonth() {
    assertThat(FinanceSync.reportPeriod(LocalDate.of(2024, 2, 5))).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(FinanceSync.reportPeriod(LocalDate.of(2024, 4, 1))).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FinanceSync.reportPeriod(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(FinanceSync.reportPeriod(LocalDate.of(2024, 12, 7))).isEqualTo(LocalDate.of(2024, 9, 30));
  }
}
