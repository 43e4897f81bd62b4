package stockassistant.adapters.web.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import stockassistant.domain.InvalidField;

/** Request dates: ISO {@code YYYY-MM-DD} or Tushare's {@code YYYYMMDD}; impossible dates are refused. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String field, String text) {
    String value = text.trim();
    boolean iso = value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
        && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10);
    boolean compact = value.length() == 8 && digits(value, 0, 8);
    if (!iso && !compact) {
      throw new InvalidField(field, "must be a date as YYYY-MM-DD or YYYYMMDD, not " + quoted(value));
    }
    int month = iso ? 5 : 4;
    int day = iso ? 8 : 6;
    try {
      return LocalDate.of(number(value, 0, 4), number(value, month, month + 2),
          number(value, day, day + 2));
    } catch (DateTimeException impossible) {
      throw new InvalidField(field, "is not a real date: " + quoted(value));
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** An optional query or body date: null when absent or empty. */
  public static LocalDate parseOptional(String field, String text) {
    return text == null || text.isBlank() ? null : parse(field, text);
  }

  static String quoted(String value) {
    return value.length() <= 32 ? "'" + value + "'" : "'" + value.substring(0, 32) + "...'";
  }
}
