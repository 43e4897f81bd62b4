package stockassistant.adapters.web.tushare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class TushareColumnsTest {
  private final TushareColumns<LocalDate> columns = new TushareColumns<LocalDate>()
      .date("trade_date", day -> day)
      .add("year", LocalDate::getYear)
      .add("month", LocalDate::getMonthValue)
      .defaults(List.of("trade_date", "year"));

  @Test
  void datesAreCompactWithLeadingZeros() {
    assertThat(TushareColumns.compact(LocalDate.parse("2024-01-02"))).isEqualTo("20240102");
    assertThat(TushareColumns.compact(LocalDate.parse("1991-12-31"))).isEqualTo("19911231");
    assertThat(TushareColumns.compact(null)).isNull();
  }

  @Test
  void noFieldsAskedMeansTheDefaultsAndAskedOnesComeInTheOrderAsked() {
    assertThat(columns.select(List.of(), "test").names()).containsExactly("trade_date", "year");
    assertThat(columns.select(List.of("month", "trade_date", "month"), "test").names())
        .containsExactly("month", "trade_date");
  }

  @Test
  void anUnknownFieldIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> columns.select(List.of("day"), "test"))
        .isInstanceOf(InvalidField.class).hasMessageContaining("fields")
        .hasMessageContaining("'day'").hasMessageContaining("trade_date,year,month");
  }
}
