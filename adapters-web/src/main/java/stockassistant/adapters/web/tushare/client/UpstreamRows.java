package stockassistant.adapters.web.tushare.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import stockassistant.adapters.web.codec.CsvHeader;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.adapters.web.codec.NonFiniteNumbers;
import stockassistant.domain.InvalidField;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.RejectedRow;

/**
 * Upstream items into records, by the same decoders (and so the same rules) as the HTTP API and
 * the importer: a row that breaks one (a non-finite number, an impossible date, a code of the
 * wrong shape) is set apart with its api, day, the row as sent and the reason, and the rest of
 * the answer is kept.
 */
final class UpstreamRows<T> {
  private final String api;
  private final LocalDate day;
  private final Function<Fields, T> decoder;
  private final List<T> rows = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();

  UpstreamRows(String api, LocalDate day, Function<Fields, T> decoder) {
    this.api = api;
    this.day = day;
    this.decoder = decoder;
  }

  /** A page being read: its rows are this answer's only once the whole page has come. */
  Page<T> page() {
    return new Page<>(this);
  }

  void keep(Page<?> page) {
    if (page.owner != this) {
      throw new IllegalArgumentException("a page of another question");
    }
    @SuppressWarnings("unchecked")
    Page<T> mine = (Page<T>) page;
    rows.addAll(mine.rows);
    rejected.addAll(mine.rejected);
  }

  /**
   * The rows of one page, decoded one item at a time as the answer is read (no tree of the whole
   * answer): a page the call then fails on is dropped whole and asked again.
   */
  static final class Page<T> {
    private final UpstreamRows<T> owner;
    private final List<T> rows = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private List<String> fields;
    private CsvHeader header;

    private Page(UpstreamRows<T> owner) {
      this.owner = owner;
    }

    void fields(List<String> names) {
      fields = List.copyOf(names);
      header = new CsvHeader(fields);
    }

    boolean hasFields() {
      return fields != null;
    }

    int size() {
      return rows.size() + rejected.size();
    }

    void add(JsonNode item) {
      try {
        if (!item.isArray() || item.size() != fields.size()) {
          throw new InvalidField("", "must be an array of " + fields.size() + " values, one per field");
        }
        for (int i = 0; i < fields.size(); i++) {
          NonFiniteNumbers.refuse(item.get(i), fields.get(i));
        }
        rows.add(owner.decoder.apply(Fields.ofJsonRow(header, item)));
      } catch (InvalidField invalid) {
        // the row as sent, named field by field, written out only for the few refused ones
        rejected.add(new RejectedRow(owner.api, owner.day, named(item).toString(),
            invalid.getMessage()));
      }
    }

    private JsonNode named(JsonNode item) {
      if (!item.isArray()) {
        return item;
      }
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < fields.size() && i < item.size(); i++) {
        row.set(fields.get(i), item.get(i));
      }
      return row;
    }
  }

  FeedRows<T> result() {
    return new FeedRows<>(rows, rejected);
  }
}
