package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import stockassistant.domain.InvalidField;
import stockassistant.domain.stock.ThirdCode;

/**
 * Typed, strict reads of one record's fields. From JSON a number field takes only a JSON number
 * ({@code "10.5"} and {@code true} are refused); from CSV every cell is text, so numbers are
 * parsed from it and an empty cell is null.
 */
public final class Fields {
  private final ObjectNode node;
  private final boolean cellsAreText;

  private Fields(ObjectNode node, boolean cellsAreText) {
    this.node = node;
    this.cellsAreText = cellsAreText;
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
      try {
        return Double.parseDouble(value.textValue().trim());
      } catch (NumberFormatException notANumber) {
        throw new InvalidField(field, "must be a number, not " + Dates.quoted(value.textValue()));
      }
    }
    throw new InvalidField(field, "must be a JSON number, not " + kind(value));
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
    return ThirdCodes.parse(field, requiredText(field));
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
