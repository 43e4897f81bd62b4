package stockassistant.adapters.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import stockassistant.domain.InvalidField;

/**
 * Refuses NaN and Infinity wherever they stand in a JSON value, naming the field and saying what
 * to send instead: they are not JSON, but Python's json.dumps writes them for a missing float.
 */
public final class NonFiniteNumbers {
  public static final String HINT = "is NaN or Infinity, which JSON does not allow: send null for "
      + "a missing value (pandas: df.to_json(orient=\"records\") writes null)";

  private NonFiniteNumbers() {}

  /** @param path where {@code node} stands ({@code close}, {@code items[3]}); "" for the root */
  public static void refuse(JsonNode node, String path) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw new InvalidField(path, HINT);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        refuse(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuse(node.get(i), path + "[" + i + "]");
      }
    }
  }
}
