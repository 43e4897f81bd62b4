package stockassistant.domain.stock;

import java.util.regex.Pattern;
import stockassistant.domain.InvalidField;

/** A security's code with its exchange suffix, e.g. {@code 600000.SH}: the key of every table. */
public record ThirdCode(String value) implements Comparable<ThirdCode> {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{6}\\.(SH|SZ|BJ)");
  /** The shape rule in words, the one wording every answer uses. */
  public static final String SHAPE_RULE = "must look like 000001.SZ (6 digits, '.', SH, SZ or BJ)";

  public ThirdCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidField("third_code", SHAPE_RULE);
    }
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
