package stockassistant.domain.stock;

import stockassistant.domain.InvalidField;

/** A security's code with its exchange suffix, e.g. {@code 600000.SH}: the key of every table. */
public record ThirdCode(String value) implements Comparable<ThirdCode> {
  /** The shape rule in words, the one wording every answer uses. */
  public static final String SHAPE_RULE = "must look like 000001.SZ (6 digits, '.', SH, SZ or BJ)";

  public ThirdCode {
    if (!hasShape(value)) {
      throw new InvalidField("third_code", SHAPE_RULE);
    }
  }

  /**
   * Six ASCII digits, '.', SH, SZ or BJ: checked by hand, since every imported, synced and read
   * row builds a code, and a regex matcher per row was a tenth of a sync's allocations.
   */
  private static boolean hasShape(String value) {
    if (value == null || value.length() != 9 || value.charAt(6) != '.') {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char digit = value.charAt(i);
      if (digit < '0' || digit > '9') {
        return false;
      }
    }
    return value.startsWith("SH", 7) || value.startsWith("SZ", 7) || value.startsWith("BJ", 7);
  }

  public static ThirdCode of(String value) {
    return new ThirdCode(value);
  }

  /** The six digits, which Tushare calls the symbol. */
  public String symbol() {
    return value.substring(0, 6);
  }

  /**
   * SH, SZ or BJ: the code's suffix. Not {@code Stock.exchange()}, which is Tushare's exchange
   * name (SSE, SZSE, BSE).
   */
  public String suffix() {
    return value.substring(7);
  }

  @Override
  public int compareTo(ThirdCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
