package stockassistant.adapters.persistence.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LagClockTest {
  private static final long SECOND = 1_000_000_000L;
  private final LagClock clock = new LagClock();

  @Test
  void unknownUntilThePrimaryWasSampled() {
    assertThat(clock.lagOf(100, 5 * SECOND)).isEmpty();
  }

  @Test
  void aReplicaThatReplayedTheLatestPositionIsNotBehind() {
    clock.primaryAt(1 * SECOND, 100);
    clock.primaryAt(2 * SECOND, 200);

    assertThat(clock.lagOf(200, 3 * SECOND)).contains(Duration.ZERO);
    assertThat(clock.lagOf(250, 3 * SECOND)).contains(Duration.ZERO);
  }

  @Test
  void aReplicaIsBehindSinceTheFirstPositionItLacks() {
    clock.primaryAt(1 * SECOND, 100);
    clock.primaryAt(2 * SECOND, 200);
    clock.primaryAt(3 * SECOND, 300);

    assertThat(clock.lagOf(150, 4 * SECOND)).contains(Duration.ofSeconds(2));
    assertThat(clock.lagOf(99, 4 * SECOND)).contains(Duration.ofSeconds(3));
  }

  @Test
  void anIdlePrimaryDoesNotMakeACaughtUpReplicaLag() {
    clock.primaryAt(1 * SECOND, 100);
    for (int s = 2; s < 60; s++) {
      clock.primaryAt(s * SECOND, 100);
    }

    assertThat(clock.lagOf(100, 60 * SECOND)).contains(Duration.ZERO);
  }

  @Test
  void aReplicaCutOffFromAnIdlePrimaryLagsFromTheLastWriteItMissed() {
    clock.primaryAt(1 * SECOND, 100);
    for (int s = 2; s < 60; s++) {
      clock.primaryAt(s * SECOND, 100);
    }

    assertThat(clock.lagOf(90, 60 * SECOND)).contains(Duration.ofSeconds(59));
  }
}
