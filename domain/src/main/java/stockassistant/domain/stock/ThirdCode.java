package stockassistant.domain.stock;

import java.util.regex.Pattern;
import stockassistant.domain.InvalidField;

/** A security's code with its exchange suffix, e.g. {@code 600000.SH}: the key of every table. */
public record ThirdCode(String value) implements Comparable<ThirdCode> {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{6}\\.(SH|SZ|BJ)");

  public ThirdCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidField("third_code", "must look like 600000.SH (6 digits, then .SH, .SZ or .BJ)");
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
