package stockassistant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class DateRangeTest {

  @Test
  void aStartAfterItsEndIsRejectedNamingStart() {
    assertThatThrownBy(() -> new DateRange(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")))
        .isInstanceOf(InvalidField.class)
        .extracting(failure -> ((InvalidField) failure).field()).isEqualTo("start");
  }

  @Test
  void missingEndsMeanTheWholeHistory() {
    var range = new DateRange(null, null);

    assertThat(range.start()).isEqualTo(DateRange.EARLIEST);
    assertThat(range.end()).isEqualTo(DateRange.LATEST);
  }
}
