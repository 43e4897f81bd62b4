package stockassistant.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stock with two ex-dividend days (factor 1.0 -> 1.05 on 06-05, -> 1.3125 on 06-11) and a
 * bar with no factor in between (06-06), which takes the factor of the bar before it (1.05).
 * Expected values are worked out by hand.
 */
class PriceAdjusterTest {
  private static final List<DailyBar> BARS = List.of(
      bar("2024-06-03", 10.00, 1.0),
      bar("2024-06-04", 10.20, 1.0),
      bar("2024-06-05", 9.90, 1.05),
      bar("2024-06-06", 10.00, null),
      bar("2024-06-07", 10.10, 1.05),
      bar("2024-06-11", 8.00, 1.3125));

  @Test
  void backwardAdjustmentMultipliesByTheFactorFillingANullFromTheBarBefore() {
    var adjuster = PriceAdjuster.of(Adjustment.HFQ, null);

    List<Double> closes = BARS.stream().map(adjuster::adjust).map(b -> b.get(BarMetric.CLOSE)).toList();

    assertThat(closes).usingElementComparator(
        (Double a, Double b) -> Math.abs(a - b) < 1e-12 ? 0 : a.compareTo(b)).containsExactly(10.0, 10.2, 10.395, 10.5, 10.605, 10.5);
  }

  @Test
  void forwardAdjustmentDividesByTheLastBarsFactor() {
    var adjuster = PriceAdjuster.of(Adjustment.QFQ, 1.3125);

    List<DailyBar> adjusted = BARS.stream().map(adjuster::adjust).toList();

    assertThat(adjusted.get(0).get(BarMetric.CLOSE)).isCloseTo(7.619047619047619, within(1e-12));
    assertThat(adjusted.get(1).get(BarMetric.CLOSE)).isCloseTo(7.771428571428571, within(1e-12));
    assertThat(adjusted.get(2).get(BarMetric.CLOSE)).isCloseTo(7.92, within(1e-12));
    assertThat(adjusted.get(3).get(BarMetric.CLOSE)).as("null factor takes 1.05").isCloseTo(8.0, within(1e-12));
    assertThat(adjusted.get(4).get(BarMetric.CLOSE)).isCloseTo(8.08, within(1e-12));
    assertThat(adjusted.get(5).get(BarMetric.CLOSE)).as("the last bar keeps its price").isEqualTo(8.0);
  }

  @Test
  void adjustsTheFivePricesAndLeavesTheRestAsStored() {
    DailyBar bar = aBar().on("2024-06-05").prices(10.0, 11.0, 9.0, 10.5, 9.8).traded(500, 5000)
        .adjFactor(2.0).build();

    DailyBar adjusted = PriceAdjuster.of(Adjustment.HFQ, null).adjust(bar);

    assertThat(adjusted.get(BarMetric.OPEN)).isEqualTo(20.0);
    assertThat(adjusted.get(BarMetric.HIGH)).isEqualTo(22.0);
    assertThat(adjusted.get(BarMetric.LOW)).isEqualTo(18.0);
    assertThat(adjusted.get(BarMetric.CLOSE)).isEqualTo(21.0);
    assertThat(adjusted.get(BarMetric.PRE_CLOSE)).isEqualTo(19.6);
    assertThat(adjusted.get(BarMetric.VOL)).isEqualTo(500.0);
    assertThat(adjusted.get(BarMetric.AMOUNT)).isEqualTo(5000.0);
    assertThat(adjusted.get(BarMetric.ADJ_FACTOR)).isEqualTo(2.0);
  }

  @Test
  void barsBeforeTheFirstKnownFactorHaveNullPrices() {
    var adjuster = PriceAdjuster.of(Adjustment.HFQ, null);

    DailyBar unknown = adjuster.adjust(bar("2024-06-03", 10.0, null));
    DailyBar known = adjuster.adjust(bar("2024-06-04", 10.0, 1.5));

    assertThat(unknown.get(BarMetric.CLOSE)).isNull();
    assertThat(unknown.get(BarMetric.OPEN)).isNull();
    assertThat(unknown.get(BarMetric.VOL)).as("volumes are not prices").isNotNull();
    assertThat(known.get(BarMetric.CLOSE)).isEqualTo(15.0);
  }

  @Test
  void forwardAdjustmentWithoutAReferenceFactorHasNullPrices() {
    DailyBar adjusted = PriceAdjuster.of(Adjustment.QFQ, null).adjust(bar("2024-06-03", 10.0, 1.0));

    assertThat(adjusted.get(BarMetric.CLOSE)).isNull();
  }

  @Test
  void aNonPositiveFactorCountsAsUnknown() {
    var adjuster = PriceAdjuster.of(Adjustment.HFQ, null);
    adjuster.adjust(bar("2024-06-03", 10.0, 2.0));

    DailyBar adjusted = adjuster.adjust(bar("2024-06-04", 10.0, -1.0));

    assertThat(adjusted.get(BarMetric.CLOSE)).as("the factor before it is used").isEqualTo(20.0);
  }

  @Test
  void noAdjustmentReturnsTheBarAsStored() {
    DailyBar bar = bar("2024-06-03", 10.0, 3.0);

    assertThat(PriceAdjuster.of(Adjustment.NONE, null).adjust(bar)).isSameAs(bar);
  }

  private static DailyBar bar(String day, double close, Double factor) {
    return aBar().of("000001.SZ").on(day).prices(close, close, close, close, close)
        .adjFactor(factor).build();
  }
}
