package stockassistant.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteLanesTest {

  @Test
  void eachLaneWritesItsPartsInTheOrderHandedOverOnOneThread() {
    Map<Integer, List<Integer>> seenByLane = new ConcurrentHashMap<>();
    Map<Integer, String> threadOfLane = new ConcurrentHashMap<>();
    var lanes = new WriteLanes<int[]>(3, 1, "test", part -> {
      seenByLane.computeIfAbsent(part[0], k -> Collections.synchronizedList(new ArrayList<>()))
          .add(part[1]);
      String before = threadOfLane.putIfAbsent(part[0], Thread.currentThread().getName());
      assertThat(before == null || before.equals(Thread.currentThread().getName())).isTrue();
    });
    for (int position = 0; position < 300; position++) {
      int lane = position * 7 % 3;
      lanes.submit(lane, new int[] {lane, position});
    }
    lanes.close();

    assertThat(seenByLane.values().stream().mapToInt(List::size).sum()).isEqualTo(300);
    seenByLane.values().forEach(positions -> assertThat(positions).isSorted());
    assertThat(new java.util.HashSet<>(threadOfLane.values())).hasSize(3);
  }

  @Test
  void aFailureStopsTheCallerAndNothingIsWrittenAfterIt() {
    var written = new CopyOnWriteArrayList<Integer>();
    var failure = new IllegalStateException("the database went away");
    var lanes = new WriteLanes<Integer>(1, 1, "test", part -> {
      if (part == 3) {
        throw failure;
      }
      written.add(part);
    });

    assertThatThrownBy(() -> {
      for (int part = 1; part <= 100; part++) {
        lanes.submit(0, part);
      }
    }).isSameAs(failure);
    lanes.close();

    assertThat(written).containsExactly(1, 2);
  }

  @Test
  void aFullLaneMakesTheCallerWaitUntilItHasRoom() throws InterruptedException {
    var release = new CountDownLatch(1);
    var written = new CopyOnWriteArrayList<Integer>();
    var lanes = new WriteLanes<Integer>(1, 0, "test", part -> {
      await(release);
      written.add(part);
    });
    lanes.submit(0, 1);
    var handedOver = new CountDownLatch(1);
    var caller = new Thread(() -> {
      lanes.submit(0, 2);
      handedOver.countDown();
    });
    caller.start();

    assertThat(handedOver.await(200, TimeUnit.MILLISECONDS)).isFalse();
    release.countDown();
    assertThat(handedOver.await(10, TimeUnit.SECONDS)).isTrue();
    caller.join();
    lanes.close();
    assertThat(written).containsExactly(1, 2);
  }

  @Test
  void closeWaitsForEveryPartHandedOverAndNoWriterOutlivesIt() {
    var written = new CopyOnWriteArrayList<Integer>();
    var lanes = new WriteLanes<Integer>(2, 1, "closing", part -> {
      sleep(5);
      written.add(part);
    });
    for (int part = 0; part < 20; part++) {
      lanes.submit(part % 2, part);
    }
    lanes.close();

    assertThat(written).hasSize(20);
    // a terminated executor's thread may still be leaving its run method: give it a moment
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (writersAlive("closing-writer") && System.nanoTime() < deadline) {
      sleep(10);
    }
    assertThat(writersAlive("closing-writer")).isFalse();
  }

  private static boolean writersAlive(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().startsWith(prefix) && thread.isAlive());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
