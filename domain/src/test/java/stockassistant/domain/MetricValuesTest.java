package stockassistant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.domain.quote.BarMetric;

class MetricValuesTest {

  @Test
  void withTakesTheGivenMetricsFromTheOtherUnknownOnesIncludedAndLeavesTheRest() {
    var prices = MetricValues.of(BarMetric.class, Map.of(BarMetric.CLOSE, 10.0, BarMetric.PE, 1.0));
    var valuation = MetricValues.of(BarMetric.class, Map.of(BarMetric.CLOSE, 99.0, BarMetric.PB, 2.0));

    var merged = prices.with(valuation, EnumSet.of(BarMetric.PE, BarMetric.PB));

    assertThat(merged.get(BarMetric.CLOSE)).as("not taken").isEqualTo(10.0);
    assertThat(merged.get(BarMetric.PB)).isEqualTo(2.0);
    assertThat(merged.get(BarMetric.PE)).as("unknown in the other, so unknown").isNull();
    assertThat(prices.get(BarMetric.PE)).as("the original is unchanged").isEqualTo(1.0);
  }
}
