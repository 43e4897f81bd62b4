package stockassistant.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import stockassistant.application.ingest.IngestInput.Reading;
import stockassistant.domain.DataConflict;

/** The import's decisions, on an input of given batches and a target that records its writes. */
class IngestTest {
  /** A row: its key decides the lane, its position in the input is its value. */
  record Row(String key, int position) {}

  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final IngestProgress progress = new IngestProgress() {
    @Override
    public void message(String line) {
      messages.add(line);
    }

    @Override
    public void stored(long rows) {}
  };

  @Test
  void everyKeyGoesToOneLaneInInputOrder() throws Exception {
    Map<String, List<Integer>> seenByKey = new ConcurrentHashMap<>();
    Map<String, String> laneOfKey = new ConcurrentHashMap<>();
    var target = new IngestTarget<Row>(Row::key, part -> {
      for (Row row : part) {
        seenByKey.computeIfAbsent(row.key(), k -> Collections.synchronizedList(new ArrayList<>()))
            .add(row.position());
        String before = laneOfKey.putIfAbsent(row.key(), Thread.currentThread().getName());
        assertThat(before == null || before.equals(Thread.currentThread().getName())).isTrue();
      }
      return part.size();
    }, () -> { });
    var batches = new ArrayList<DecodedBatch<Row>>();
    int position = 0;
    for (int batch = 0; batch < 50; batch++) {
      var rows = new ArrayList<Row>();
      for (int i = 0; i < 40; i++) {
        rows.add(new Row("k" + (position * 7 % 13), position++));
      }
      batches.add(new DecodedBatch<>(rows, List.of(), rows.size(), batch * 40 + 2, batch * 40 + 41));
    }

    ImportSummary summary = new Ingest(progress, 3, false)
        .run(List.of(listInput(target, batches)), new ImportSummary());

    assertThat(summary.rowsUpserted()).isEqualTo(2_000);
    assertThat(summary.complete()).isTrue();
    seenByKey.values().forEach(positions -> assertThat(positions).isSorted());
    assertThat(new java.util.HashSet<>(laneOfKey.values())).hasSizeGreaterThan(1);
  }

  @Test
  void badRowsAreReportedAndTheGoodOnesOfTheSameBatchStored() throws Exception {
    var written = new CopyOnWriteArrayList<Row>();
    var target = new IngestTarget<Row>(Row::key, part -> {
      written.addAll(part);
      return part.size();
    }, () -> { });
    var batch = new DecodedBatch<>(List.of(new Row("a", 1)), List.of("in:3: close: bad"), 2, 2, 3);

    ImportSummary summary = new Ingest(progress, 2, false)
        .run(List.of(listInput(target, List.of(batch))), new ImportSummary());

    assertThat(written).containsExactly(new Row("a", 1));
    assertThat(summary.badRows()).isEqualTo(1);
    assertThat(summary.complete()).isFalse();
    assertThat(messages).containsExactly("in:3: close: bad",
        "in: 1 bad row(s) written to in.rejects; fix them there and import that file");
  }

  @Test
  void aPartTheDatabaseRefusesIsReportedAndTheImportGoesOn() throws Exception {
    var target = new IngestTarget<Row>(Row::key, part -> {
      if (part.get(0).position() == 1) {
        throw new DataConflict("two rows for one key");
      }
      return part.size();
    }, () -> { });
    var batches = List.of(new DecodedBatch<>(List.of(new Row("a", 1)), List.of(), 1, 2, 2),
        new DecodedBatch<>(List.of(new Row("a", 2)), List.<String>of(), 1, 3, 3));

    ImportSummary summary = new Ingest(progress, 1, false)
        .run(List.of(listInput(target, batches)), new ImportSummary());

    assertThat(summary.rowsUpserted()).isEqualTo(1);
    assertThat(summary.complete()).isFalse();
    assertThat(messages).containsExactly("in:2-2: 1 good row(s) not written: two rows for one key");
  }

  @Test
  void strictLeavesAnInputWithABadRowOutWhole() throws Exception {
    var written = new CopyOnWriteArrayList<Row>();
    var target = new IngestTarget<Row>(Row::key, part -> {
      written.addAll(part);
      return part.size();
    }, () -> { });
    var batches = List.of(new DecodedBatch<>(List.of(new Row("a", 1)), List.of(), 1, 2, 2),
        new DecodedBatch<>(List.<Row>of(), List.of("in:3: close: bad"), 1, 3, 3));

    ImportSummary summary = new Ingest(progress, 2, true)
        .run(List.of(listInput(target, batches)), new ImportSummary());

    assertThat(written).isEmpty();
    assertThat(summary.filesRefused()).isEqualTo(1);
    assertThat(messages).contains("in: not imported (--strict): 1 bad row(s) of 2; nothing of it "
        + "was written");
  }

  @Test
  void aBulkLoadEndsWithWhatTheTableNeedsAfterIt() throws Exception {
    var refreshed = new ArrayList<Boolean>();
    var target = new IngestTarget<Row>(Row::key, List::size, () -> refreshed.add(true));
    var rows = new ArrayList<Row>();
    for (int i = 0; i < Ingest.BULK_LOAD_ROWS; i++) {
      rows.add(new Row("k" + i % 100, i));
    }

    new Ingest(progress, 2, false).run(List.of(listInput(target,
        List.of(new DecodedBatch<>(rows, List.of(), rows.size(), 2, rows.size() + 1)))),
        new ImportSummary());

    assertThat(refreshed).containsExactly(true);
  }

  /** An input of given batches, read again from the start by each reading. */
  private static <T> IngestInput<T> listInput(IngestTarget<T> target,
      List<DecodedBatch<T>> batches) {
    return new IngestInput<>("in", "in.rejects", target, check -> {
      Iterator<DecodedBatch<T>> rest = batches.iterator();
      return new Reading<T>() {
        @Override
        public DecodedBatch<T> next() {
          return rest.hasNext() ? rest.next() : null;
        }

        @Override
        public void close() {}
      };
    });
  }
}
