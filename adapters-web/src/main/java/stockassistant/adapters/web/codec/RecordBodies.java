package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import stockassistant.domain.InvalidField;

/**
 * A batch body in any of its forms (see {@link RecordSource}), turned into records. Every bad
 * item is reported as {@code items[i].field}; one bad item rejects the batch, before anything is
 * written.
 */
public final class RecordBodies {
  private static final int MAX_REPORTED = 50;

  private RecordBodies() {}

  public static <T> List<T> read(InputStream body, BodyFormat format, Function<Fields, T> decoder)
      throws IOException {
    var batch = new Batch<>(decoder);
    try (RecordSource source = RecordSource.open(body, format)) {
      boolean csv = source.shape() == RecordSource.Shape.CSV;
      for (SourceItem item = source.next(); item != null; item = source.next()) {
        batch.add(item, csv);
      }
    }
    return batch.result();
  }

  /** The items of an already parsed JSON array, e.g. {@code {"items": [...]}}'s. */
  public static <T> List<T> fromItems(JsonNode items, Function<Fields, T> decoder) {
    var batch = new Batch<>(decoder);
    long index = 0;
    for (JsonNode item : items) {
      long at = index++;
      batch.add(item.isObject()
          ? SourceItem.of(at, 1, item, Fields.ofJson(item))
          : SourceItem.unreadable(at, 1, item, new InvalidField("", "must be a JSON object")),
          false);
    }
    return batch.result();
  }

  /** {@code items[3].close: reason}, or {@code items[3]: reason} for the item as a whole. */
  public static InvalidField atItem(long index, InvalidField failure) {
    String where = "items[" + index + "]";
    return failure.field().isEmpty() ? new InvalidField(where, failure.reason())
        : failure.under(where);
  }

  /** The records so far, and every failure under its item index. */
  private static final class Batch<T> {
    private final Function<Fields, T> decoder;
    private final List<T> records = new ArrayList<>();
    private final List<InvalidField> failures = new ArrayList<>();

    Batch(Function<Fields, T> decoder) {
      this.decoder = decoder;
    }

    /** A CSV row that is not a record (wrong cell count) is easier found by its line. */
    void add(SourceItem item, boolean csv) {
      try {
        records.add(item.decode(decoder));
      } catch (InvalidField invalid) {
        failures.add(atItem(item.index(), csv && invalid.field().isEmpty()
            ? new InvalidField("", invalid.reason() + " (line " + item.line() + ")") : invalid));
      }
    }

    List<T> result() {
      if (!failures.isEmpty()) {
        throw new InvalidFields(failures.subList(0, Math.min(MAX_REPORTED, failures.size())));
      }
      return records;
    }
  }
}
