package stockassistant.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

  /** A row: its key decides the writer, its position in the file is its value. */
  record Row(String key, int position) {}

  @Test
  void everyKeyGoesToOneWriterInFileOrder() {
    Map<String, List<Integer>> seenByKey = new ConcurrentHashMap<>();
    Map<String, String> writerOfKey = new ConcurrentHashMap<>();
    var writes = new ParallelWrites<Row>(3, Row::key, part -> {
      for (Row row : part.records()) {
        seenByKey.computeIfAbsent(row.key(), k -> Collections.synchronizedList(new ArrayList<>()))
            .add(row.position());
        String before = writerOfKey.putIfAbsent(row.key(), Thread.currentThread().getName());
        assertThat(before == null || before.equals(Thread.currentThread().getName())).isTrue();
      }
    }, "test");
    int position = 0;
    for (int batch = 0; batch < 50; batch++) {
      var rows = new ArrayList<Row>();
      for (int i = 0; i < 40; i++) {
        rows.add(new Row("k" + (position * 7 % 13), position++));
      }
      writes.submit(new DecodedBatch<>(rows, List.of(), rows.size(), batch * 40 + 2, batch * 40 + 41));
    }
    writes.close();

    assertThat(seenByKey.values().stream().mapToInt(List::size).sum()).isEqualTo(2_000);
    seenByKey.values().forEach(positions -> assertThat(positions).isSorted());
    assertThat(new java.util.HashSet<>(writerOfKey.values())).hasSizeGreaterThan(1);
  }

  @Test
  void aWriterFailureStopsTheReaderAndNothingIsWrittenAfterIt() {
    var written = new CopyOnWriteArrayList<Integer>();
    var failure = new IllegalStateException("the database went away");
    var writes = new ParallelWrites<Row>(1, Row::key, part -> {
      if (part.firstLine() == 3) {
        throw failure;
      }
      written.add((int) part.firstLine());
    }, "test");

    assertThatThrownBy(() -> {
      for (int batch = 1; batch <= 100; batch++) {
        writes.submit(new DecodedBatch<>(List.of(new Row("a", batch)), List.of(), 1, batch, batch));
      }
    }).isSameAs(failure);
    writes.close();

    assertThat(written).containsExactly(1, 2);
  }

  @Test
  void closeWaitsForEveryPartHandedOver() {
    var written = new CopyOnWriteArrayList<Integer>();
    var writes = new ParallelWrites<Row>(2, Row::key, part -> {
      sleep(5);
      part.records().forEach(row -> written.add(row.position()));
    }, "test");
    for (int batch = 0; batch < 20; batch++) {
      writes.submit(new DecodedBatch<>(List.of(new Row("a", batch), new Row("b", batch + 100)),
          List.of(), 2, batch, batch));
    }
    writes.close();

    assertThat(written).hasSize(40);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread ->
        thread.getName().startsWith("test-writer") && thread.isAlive());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
