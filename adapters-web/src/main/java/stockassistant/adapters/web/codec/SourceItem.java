package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import stockassistant.domain.InvalidField;

/**
 * One record as read: where it stood (its index among the records, the line it starts on), its
 * raw form (to write it back unchanged), and its fields, or why it has none (a row with the
 * wrong number of cells, an item that is not an object).
 */
public final class SourceItem {
  private final long index;
  private final long line;
  private final Object raw;
  private final Fields fields;
  private final InvalidField unreadable;

  private SourceItem(long index, long line, Object raw, Fields fields, InvalidField unreadable) {
    this.index = index;
    this.line = line;
    this.raw = raw;
    this.fields = fields;
    this.unreadable = unreadable;
  }

  static SourceItem of(long index, long line, Object raw, Fields fields) {
    return new SourceItem(index, line, raw, fields, null);
  }

  static SourceItem unreadable(long index, long line, Object raw, InvalidField why) {
    return new SourceItem(index, line, raw, null, why);
  }

  /** 0 for the first record (the header row is not one). */
  public long index() {
    return index;
  }

  /** The line of the input the record starts on, from 1. */
  public long line() {
    return line;
  }

  /** The record, or the {@link InvalidField} that says why it is not one. */
  public <T> T decode(Function<Fields, T> decoder) {
    if (unreadable != null) {
      throw unreadable;
    }
    return decoder.apply(fields);
  }

  @SuppressWarnings("unchecked")
  List<String> cells() {
    return (List<String>) raw;
  }

  JsonNode json() {
    return (JsonNode) raw;
  }
}
