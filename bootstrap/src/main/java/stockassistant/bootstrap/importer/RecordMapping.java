package stockassistant.bootstrap.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import stockassistant.domain.InvalidField;
import stockassistant.domain.Metric;
import stockassistant.domain.MetricValues;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;

/**
 * Rows of Tushare-named columns to domain records. The records check their own invariants;
 * this only parses: numbers, {@code YYYYMMDD} or ISO dates, text.
 */
final class RecordMapping {
  private RecordMapping() {}

  static DailyBar bar(Map<String, Object> row) {
    return new DailyBar(code(row), date(row, "trade_date", true), metrics(row, BarMetric.class),
        text(row, "source"));
  }

  static FinanceReport report(Map<String, Object> row) {
    return new FinanceReport(code(row), date(row, "ann_date", true), date(row, "end_date", true),
        metrics(row, FinanceMetric.class), text(row, "source"));
  }

  static Stock stock(Map<String, Object> row) {
    ThirdCode code = code(row);
    String symbol = text(row, "symbol");
    return new Stock(code, symbol == null ? code.symbol() : symbol, text(row, "name"),
        text(row, "area"), text(row, "industry"), text(row, "market"),
        date(row, "list_date", false), date(row, "delist_date", false), text(row, "fullname"),
        text(row, "enname"), text(row, "cnspell"), text(row, "exchange"),
        text(row, "curr_type"), text(row, "list_status"), text(row, "is_hs"),
        text(row, "source"), date(row, "last_finance_sync_date", false));
  }

  private static ThirdCode code(Map<String, Object> row) {
    String value = text(row, "third_code");
    if (value == null) {
      throw new InvalidField("third_code", "is required");
    }
    return new ThirdCode(value);
  }

  private static <E extends Enum<E> & Metric> MetricValues<E> metrics(Map<String, Object> row,
      Class<E> type) {
    var values = new EnumMap<E, Double>(type);
    for (E metric : type.getEnumConstants()) {
      Object raw = row.get(metric.column());
      if (raw instanceof Number number) {
        values.put(metric, number.doubleValue());
      } else if (raw instanceof String text && !text.isBlank()) {
        try {
          values.put(metric, Double.parseDouble(text.trim()));
        } catch (NumberFormatException notANumber) {
          throw new InvalidField(metric.column(), "is not a number: " + abbreviate(text));
        }
      }
    }
    return MetricValues.of(type, values);
  }

  static LocalDate date(Map<String, Object> row, String column, boolean required) {
    Object raw = row.get(column);
    if (raw == null || raw instanceof String blank && blank.isBlank()) {
      if (required) {
        throw new InvalidField(column, "is required");
      }
      return null;
    }
    String text = raw instanceof Number number ? String.valueOf(number.longValue()) : raw.toString().trim();
    try {
      return text.length() == 8
          ? LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE)
          : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException invalid) {
      throw new InvalidField(column, "is not a valid YYYYMMDD or YYYY-MM-DD date: " + abbreviate(text));
    }
  }

  private static String text(Map<String, Object> row, String column) {
    Object raw = row.get(column);
    return raw == null ? null : raw.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? "'" + text + "'" : "'" + text.substring(0, 20) + "...'";
  }
}
