package stockassistant.application.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static stockassistant.domain.testdata.DailyBarBuilder.aBar;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.sync.Dataset;

class DayMergeTest {
  private static final String DAY = "2024-01-02";

  @Test
  void mergesTheDatasetsByCodeTakingOnlyTheColumnsEachOwns() {
    DailyBar price = aBar().of("000001.SZ").on(DAY).close(10.5).build();
    // daily_basic's close is not the price's: it must not overwrite it
    DailyBar basic = aBar().of("000001.SZ").on(DAY).close(99.0).with(BarMetric.PE, 5.2).build();
    DailyBar factor = aBar().of("000001.SZ").on(DAY).with(BarMetric.ADJ_FACTOR, 1.3).build();

    DayMerge.Merged merged = DayMerge.over(List.of(price),
        Map.of(Dataset.DAILY_BASIC, List.of(basic), Dataset.ADJ_FACTOR, List.of(factor)));

    DailyBar bar = merged.bars().get(0);
    assertThat(bar.get(BarMetric.CLOSE)).isEqualTo(10.5);
    assertThat(bar.get(BarMetric.PE)).isEqualTo(5.2);
    assertThat(bar.get(BarMetric.ADJ_FACTOR)).isEqualTo(1.3);
    assertThat(merged.missing()).isEmpty();
  }

  @Test
  void aLateDatasetCoveringFewerCodesIsMissingAndCodesWithoutPricesAreDropped() {
    List<DailyBar> prices = List.of(aBar().of("000001.SZ").on(DAY).close(10.5).build(),
        aBar().of("600000.SH").on(DAY).close(7.1).build());
    // a suspended stock has a factor but no bar
    List<DailyBar> factors = List.of(aBar().of("000001.SZ").on(DAY).with(BarMetric.ADJ_FACTOR, 1.3).build(),
        aBar().of("000002.SZ").on(DAY).with(BarMetric.ADJ_FACTOR, 2.0).build());

    DayMerge.Merged merged = DayMerge.over(prices, Map.of(Dataset.ADJ_FACTOR, factors));

    assertThat(merged.bars()).extracting(bar -> bar.thirdCode().value())
        .containsExactly("000001.SZ", "600000.SH");
    assertThat(merged.missing()).containsExactly(Dataset.ADJ_FACTOR);
  }
}
