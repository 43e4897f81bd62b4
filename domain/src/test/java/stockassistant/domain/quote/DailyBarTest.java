package stockassistant.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import org.junit.jupiter.api.Test;
import stockassistant.domain.InvalidField;

class DailyBarTest {

  @Test
  void rejectsNotANumberNamingTheColumn() {
    assertThatThrownBy(() -> aBar().with(BarMetric.CLOSE, Double.NaN).build())
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("close");
  }

  @Test
  void rejectsInfinity() {
    assertThatThrownBy(() -> aBar().with(BarMetric.PE, Double.POSITIVE_INFINITY).build())
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("pe");
  }

  @Test
  void rejectsNegativeVolumeAndAmount() {
    assertThatThrownBy(() -> aBar().with(BarMetric.VOL, -1.0).build()).hasMessageStartingWith("vol");
    assertThatThrownBy(() -> aBar().with(BarMetric.AMOUNT, -0.5).build())
        .hasMessageStartingWith("amount");
  }

  @Test
  void rejectsHighBelowLow() {
    assertThatThrownBy(() -> aBar().with(BarMetric.HIGH, 9.0).with(BarMetric.LOW, 9.5).build())
        .isInstanceOf(InvalidField.class)
        .hasMessageStartingWith("high");
  }

  @Test
  void acceptsHighOrLowAloneAndKeepsUnknownsNull() {
    var bar = aBar().without(BarMetric.LOW).without(BarMetric.PE).build();
    assertThat(bar.get(BarMetric.LOW)).isNull();
    assertThat(bar.get(BarMetric.PE)).isNull();
    assertThat(bar.get(BarMetric.HIGH)).isEqualTo(10.8);
  }

  @Test
  void rejectsASourceWiderThanItsColumn() {
    assertThatThrownBy(() -> aBar().source("x".repeat(21)).build()).hasMessageStartingWith("source");
  }

  @Test
  void defaultsTheSourceToTushare() {
    assertThat(aBar().source(null).build().source()).isEqualTo("tushare");
  }
}
