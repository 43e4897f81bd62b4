package stockassistant.application;

import stockassistant.domain.InvalidField;

/**
 * The part of a long, ordered result a caller wants: skip {@code offset} rows, then at most
 * {@code limit} rows (null: every row left).
 */
public record Window(int offset, Integer limit) {
  public static final Window ALL = new Window(0, null);

  public Window {
    if (offset < 0) {
      throw new InvalidField("offset", "must not be negative (was " + offset + ")");
    }
    if (limit != null && limit < 1) {
      throw new InvalidField("limit", "must be at least 1 (was " + limit + ")");
    }
  }
}
