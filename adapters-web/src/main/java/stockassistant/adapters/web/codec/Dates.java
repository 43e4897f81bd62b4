package stockassistant.adapters.web.codec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import stockassistant.domain.InvalidField;

/** Request dates: ISO {@code YYYY-MM-DD} or Tushare's {@code YYYYMMDD}; impossible dates are refused. */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");

  private Dates() {}

  public static LocalDate parse(String field, String text) {
    String value = text.trim();
    try {
      if (ISO.matcher(value).matches()) {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      }
      if (COMPACT.matcher(value).matches()) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      }
    } catch (DateTimeParseException impossible) {
      throw new InvalidField(field, "is not a real date: " + quoted(value));
    }
    throw new InvalidField(field, "must be a date as YYYY-MM-DD or YYYYMMDD, not " + quoted(value));
  }

  /** An optional query or body date: null when absent or empty. */
  public static LocalDate parseOptional(String field, String text) {
    return text == null || text.isBlank() ? null : parse(field, text);
  }

  static String quoted(String value) {
    return value.length() <= 32 ? "'" + value + "'" : "'" + value.substring(0, 32) + "...'";
  }
}
