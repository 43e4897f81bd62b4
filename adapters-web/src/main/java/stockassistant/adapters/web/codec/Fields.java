package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import stockassistant.domain.InvalidField;
import stockassistant.domain.Metric;
import stockassistant.domain.MetricValues;
import stockassistant.domain.stock.ThirdCode;

/**
 * Typed, strict reads of one record's fields. From JSON a number field takes only a JSON number
 * ({@code "10.5"} and {@code true} are refused); from CSV every cell is text, so numbers are
 * parsed from it (decimal notation only) and an empty cell is null. Tushare's {@code ts_code} is
 * accepted as another name for {@code third_code}; when both are given they must agree.
 *
 * <p>A CSV row is read straight from its cells by column position (no tree per row): an import
 * reads tens of millions of them. So is a JSON row given as an array beside its field names
 * (Tushare's {@code {fields, items}}), with JSON's rules for each value: a sync reads millions.
 */
public final class Fields {
  private static final String THIRD_CODE = "third_code";
  private static final String TS_CODE = "ts_code";
  private static final Pattern NOT_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  /** A JSON record, or null for a row. */
  private final ObjectNode node;
  /** A CSV or JSON array row: the header's column positions, and the cells or values. */
  private final CsvHeader header;
  private final List<String> cells;
  private final JsonNode values;
  /** A CSV source's codes and dates parsed so far; null: parse each one. */
  private final ParsedCells parsed;
  /** The name the code came under, so an error names what the client sent. */
  private final String codeField;

  private Fields(ObjectNode node) {
    this.node = node;
    this.header = null;
    this.cells = null;
    this.values = null;
    this.parsed = null;
    this.codeField = resolveCodeAlias(node);
  }

  private Fields(CsvHeader header, List<String> cells, JsonNode values, ParsedCells parsed) {
    this.node = null;
    this.header = header;
    this.cells = cells;
    this.values = values;
    this.parsed = parsed;
    this.codeField = resolveCodeAlias();
  }

  public static Fields ofJson(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidField("body", "must be a JSON object");
    }
    return new Fields(object);
  }

  /** A CSV row, its cells in the header's order. */
  public static Fields ofCsv(CsvHeader header, List<String> cells) {
    return new Fields(header, cells, null, null);
  }

  /** A row of a CSV source that shares its parsed codes and dates from row to row. */
  static Fields ofCsv(CsvHeader header, List<String> cells, ParsedCells parsed) {
    return new Fields(header, cells, null, parsed);
  }

  /** A JSON array row, its values in the header's order (the caller checks its length). */
  public static Fields ofJsonRow(CsvHeader header, JsonNode values) {
    return new Fields(header, null, values, null);
  }

  /** Copies ts_code to third_code when only ts_code is given; refuses two different codes. */
  private static String resolveCodeAlias(ObjectNode node) {
    JsonNode alias = node.get(TS_CODE);
    if (alias == null || alias.isNull()) {
      return THIRD_CODE;
    }
    JsonNode code = node.get(THIRD_CODE);
    if (code == null || code.isNull()) {
      node.set(THIRD_CODE, alias);
      return TS_CODE;
    }
    if (!code.equals(alias)) {
      throw differentCodes(alias.asText(), code.asText());
    }
    return THIRD_CODE;
  }

  private String resolveCodeAlias() {
    if (values != null) {
      JsonNode alias = valueAt(header.position(TS_CODE));
      JsonNode code = valueAt(header.position(THIRD_CODE));
      if (alias == null || alias.isNull()) {
        return THIRD_CODE;
      }
      if (code == null || code.isNull()) {
        return TS_CODE;
      }
      if (!code.equals(alias)) {
        throw differentCodes(alias.asText(), code.asText());
      }
      return THIRD_CODE;
    }
    String alias = cell(TS_CODE);
    if (alias == null) {
      return THIRD_CODE;
    }
    String code = cell(THIRD_CODE);
    if (code == null) {
      return TS_CODE;
    }
    if (!code.equals(alias)) {
      throw differentCodes(alias, code);
    }
    return THIRD_CODE;
  }

  /** A JSON value by field name, from the record or the array row; null when absent. */
  private JsonNode json(String field) {
    if (node != null) {
      return node.get(field);
    }
    return valueAt(header.position(csvName(field)));
  }

  private JsonNode valueAt(int position) {
    return position < 0 || position >= values.size() ? null : values.get(position);
  }

  private static InvalidField differentCodes(String alias, String code) {
    return new InvalidField(TS_CODE, "is another name for third_code, and the two differ ("
        + Dates.quoted(alias) + " and " + Dates.quoted(code) + "); send one");
  }

  /** A CSV cell, null when the column is absent or the cell empty. */
  private String cell(String field) {
    return cellAt(header.position(field));
  }

  private String cellAt(int position) {
    if (position < 0) {
      return null;
    }
    String value = cells.get(position);
    return value == null || value.isEmpty() ? null : value;
  }

  private String csvName(String field) {
    return field.equals(THIRD_CODE) && codeField.equals(TS_CODE) ? TS_CODE : field;
  }

  public boolean has(String field) {
    if (cells != null) {
      return cell(csvName(field)) != null;
    }
    JsonNode value = json(field);
    return value != null && !value.isNull();
  }

  public Double number(String field) {
    if (cells != null) {
      String text = cell(csvName(field));
      return text == null ? null : parseCell(field, text.trim());
    }
    JsonNode value = json(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    throw new InvalidField(field, "must be a JSON number, not " + kind(value));
  }

  /** Every metric column of a record type; an absent or null one stays unknown. */
  public <E extends Enum<E> & Metric> MetricValues<E> metrics(Class<E> type) {
    MetricValues.Builder<E> values = MetricValues.builder(type);
    List<E> metrics = MetricValues.metrics(type);
    if (cells != null) {
      int[] positions = header.positions(type);
      for (E metric : metrics) {
        String text = cellAt(positions[metric.ordinal()]);
        if (text != null) {
          values.put(metric, parseCell(metric.column(), text.trim()));
        }
      }
      return values.build();
    }
    if (this.values != null) {
      // a JSON array row: by the header's positions, as a CSV row, with JSON's number rule
      int[] positions = header.positions(type);
      for (E metric : metrics) {
        JsonNode value = valueAt(positions[metric.ordinal()]);
        if (value == null || value.isNull()) {
          continue;
        }
        if (!value.isNumber()) {
          throw new InvalidField(metric.column(), "must be a JSON number, not " + kind(value));
        }
        values.put(metric, value.doubleValue());
      }
      return values.build();
    }
    for (E metric : metrics) {
      Double value = number(metric.column());
      if (value != null) {
        values.put(metric, value);
      }
    }
    return values.build();
  }

  public Integer integer(String field) {
    if (cells != null) {
      return textIsNot(field, "a whole JSON number");
    }
    JsonNode value = json(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    throw new InvalidField(field, "must be a whole JSON number, not " + kind(value));
  }

  public Boolean bool(String field) {
    if (cells != null) {
      return textIsNot(field, "true or false");
    }
    JsonNode value = json(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    throw new InvalidField(field, "must be true or false, not " + kind(value));
  }

  /** A CSV cell is always text: a field that must be something else is null or refused. */
  private <T> T textIsNot(String field, String expected) {
    if (cell(csvName(field)) == null) {
      return null;
    }
    throw new InvalidField(field, "must be " + expected + ", not a string");
  }

  public String text(String field) {
    if (cells != null) {
      return cell(csvName(field));
    }
    JsonNode value = json(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    throw new InvalidField(field, "must be a JSON string, not " + kind(value));
  }

  public String requiredText(String field) {
    String value = text(field);
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  public ThirdCode thirdCode(String field) {
    String named = field.equals(THIRD_CODE) ? codeField : field;
    String text = requiredText(named);
    return parsed == null ? ThirdCodes.parse(named, text) : parsed.code(named, text);
  }

  public LocalDate date(String field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    return parsed == null ? Dates.parse(field, value) : parsed.date(field, value);
  }

  public LocalDate requiredDate(String field) {
    LocalDate value = date(field);
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  public List<String> textList(String field) {
    if (cells != null) {
      return textIsNot(field, "a JSON array of strings");
    }
    JsonNode value = json(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new InvalidField(field, "must be a JSON array of strings, not " + kind(value));
    }
    var texts = new ArrayList<String>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw new InvalidField(field + "[" + i + "]", "must be a JSON string, not " + kind(item));
      }
      texts.add(item.textValue());
    }
    return texts;
  }

  /**
   * A JSON number, sign allowed ({@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}):
   * Double.parseDouble alone would also take "1d", "0x1p3", "NaN". Checked by hand and parsed
   * with Jackson's fast (and exactly rounding) parser: an import parses a billion of these.
   */
  private static double parseCell(String field, String text) {
    if (isDecimal(text)) {
      return NumberInput.parseDouble(text, true);
    }
    if (NOT_FINITE.matcher(text).matches()) {
      throw new InvalidField(field, "is " + Dates.quoted(text) + ", which is not a number: leave "
          + "the cell empty for a missing value (pandas: df.to_csv() does)");
    }
    throw new InvalidField(field, "must be a number, not " + Dates.quoted(text));
  }

  static boolean isDecimal(String text) {
    int length = text.length();
    int i = 0;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int integerDigits = 0;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
      integerDigits++;
    }
    int fractionDigits = 0;
    if (i < length && text.charAt(i) == '.') {
      i++;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (integerDigits == 0 && fractionDigits == 0) {
      return false;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == length;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> value.getNodeType().name().toLowerCase();
    };
  }
}
