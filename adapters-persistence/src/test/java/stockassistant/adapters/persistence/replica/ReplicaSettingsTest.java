package stockassistant.adapters.persistence.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

class ReplicaSettingsTest {

  @Test
  void aMultiHostUrlBecomesOneTargetPerHostWithTheSameParameters() {
    var settings = ReplicaSettings.of(new DatabaseTarget(
        "jdbc:postgresql://r1.example:5433,r2.example/stocks?sslmode=require", "quant", "pw"),
        Duration.ofMillis(500));

    assertThat(settings.replicas()).extracting(DatabaseTarget::jdbcUrl).containsExactly(
        "jdbc:postgresql://r1.example:5433/stocks?sslmode=require",
        "jdbc:postgresql://r2.example:5432/stocks?sslmode=require");
    assertThat(settings.replicas()).allMatch(t -> t.username().equals("quant") && t.password().equals("pw"));
    assertThat(settings.maxLag()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aZeroMaxLagIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> ReplicaSettings.of(new DatabaseTarget(
        "jdbc:postgresql://r1:5432/stocks", "u", "p"), Duration.ZERO))
        .hasMessageContaining("DB_READ_MAX_LAG_MS");
  }
}
