package stockassistant.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.bootstrap.config.Settings;
import stockassistant.bootstrap.config.SyncSettings;

class SyncScheduleTest {
  private static final ZonedDateTime FIVE_PM =
      ZonedDateTime.of(2024, 1, 2, 17, 0, 0, 0, SyncParts.MARKET_ZONE);

  @Test
  void runsLaterTodayWhenTheTimeIsAheadAndTomorrowOtherwise() {
    assertThat(SyncSchedule.untilNext(FIVE_PM, LocalTime.of(18, 30))).isEqualTo(Duration.ofMinutes(90));
    assertThat(SyncSchedule.untilNext(FIVE_PM, LocalTime.of(17, 0))).isEqualTo(Duration.ofHours(24));
    assertThat(SyncSchedule.untilNext(FIVE_PM, LocalTime.of(9, 0))).isEqualTo(Duration.ofHours(16));
  }

  @Test
  void theScheduleNeedsTheTokenAndTheTokenIsNeverPrinted() {
    assertThatThrownBy(() -> SyncSettings.from(new Settings(Map.of("STOCK_SYNC_AT", "18:30"))))
        .hasMessageContaining("TUSHARE_TOKEN");
    assertThatThrownBy(() -> SyncSettings.from(new Settings(Map.of("STOCK_SYNC_AT", "6pm",
        "TUSHARE_TOKEN", "t")))).hasMessageContaining("STOCK_SYNC_AT");
    SyncSettings settings = SyncSettings.from(new Settings(Map.of("TUSHARE_TOKEN", "abc123secret")));
    assertThat(settings.toString()).doesNotContain("abc123secret");
    assertThat(settings.client().toString()).doesNotContain("abc123secret");
    assertThat(settings.url().toString()).isEqualTo("http://api.tushare.pro");
    assertThat(settings.callsPerMinute()).isEqualTo(200);
  }
}
