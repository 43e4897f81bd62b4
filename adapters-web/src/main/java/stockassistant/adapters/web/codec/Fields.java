package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
 */
public final class Fields {
  private static final String THIRD_CODE = "third_code";
  private static final String TS_CODE = "ts_code";
  /** A JSON number, sign allowed: Double.parseDouble would also take "1d", "0x1p3", "NaN". */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private final ObjectNode node;
  private final boolean cellsAreText;
  /** The name the code came under, so an error names what the client sent. */
  private final String codeField;

  private Fields(ObjectNode node, boolean cellsAreText) {
    this.node = node;
    this.cellsAreText = cellsAreText;
    this.codeField = resolveCodeAlias(node);
  }

  public static Fields ofJson(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidField("body", "must be a JSON object");
    }
    return new Fields(object, false);
  }

  public static Fields ofCsv(ObjectNode row) {
    return new Fields(row, true);
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
      throw new InvalidField(TS_CODE, "is another name for third_code, and the two differ ("
          + Dates.quoted(alias.asText()) + " and " + Dates.quoted(code.asText()) + "); send one");
    }
    return THIRD_CODE;
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  public Double number(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (cellsAreText && value.isTextual()) {
      return parseCell(field, value.textValue().trim());
    }
    throw new InvalidField(field, "must be a JSON number, not " + kind(value));
  }

  /** Every metric column of a record type; an absent or null one stays unknown. */
  public <E extends Enum<E> & Metric> MetricValues<E> metrics(Class<E> type) {
    var values = new EnumMap<E, Double>(type);
    for (E metric : type.getEnumConstants()) {
      Double value = number(metric.column());
      if (value != null) {
        values.put(metric, value);
      }
    }
    return MetricValues.of(type, values);
  }

  public Integer integer(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    throw new InvalidField(field, "must be a whole JSON number, not " + kind(value));
  }

  public Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    throw new InvalidField(field, "must be true or false, not " + kind(value));
  }

  public String text(String field) {
    JsonNode value = node.get(field);
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
    return ThirdCodes.parse(named, requiredText(named));
  }

  public LocalDate date(String field) {
    String value = text(field);
    return value == null ? null : Dates.parse(field, value);
  }

  public LocalDate requiredDate(String field) {
    LocalDate value = date(field);
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  public List<String> textList(String field) {
    JsonNode value = node.get(field);
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

  private static Double parseCell(String field, String text) {
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (NOT_FINITE.matcher(text).matches()) {
      throw new InvalidField(field, "is " + Dates.quoted(text) + ", which is not a number: leave "
          + "the cell empty for a missing value (pandas: df.to_csv() does)");
    }
    throw new InvalidField(field, "must be a number, not " + Dates.quoted(text));
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
