package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Builds component schemas property by property; each property brings its example value, so
 * every schema carries an example of the whole record that matches it.
 */
final class SchemaSet {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode schemas = NODES.objectNode();

  ObjectNode node() {
    return schemas;
  }

  Builder object(String name, String description, String... required) {
    ObjectNode schema = schemas.putObject(name);
    schema.put("type", "object").put("description", description);
    if (required.length > 0) {
      ArrayNode list = schema.putArray("required");
      for (String field : required) {
        list.add(field);
      }
    }
    schema.putObject("properties");
    return new Builder(schema, Set.of(required));
  }

  Builder list(String name, String item, String description) {
    return object(name, description, "items").refs("items", item);
  }

  static ObjectNode ref(String schema) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + schema);
  }

  /** An object of any keys: the items of a list whose entries the schema does not spell out. */
  static ObjectNode freeformItem() {
    return NODES.objectNode().put("type", "object").put("additionalProperties", true);
  }

  static ObjectNode string() {
    return NODES.objectNode().put("type", "string");
  }

  static ObjectNode code() {
    return string().put("pattern", Schemas.CODE_PATTERN);
  }

  /** One schema under construction: its properties and its example grow together. */
  final class Builder {
    private final ObjectNode schema;
    private final ObjectNode properties;
    private final ObjectNode example;
    private final Set<String> required;

    Builder(ObjectNode schema, Set<String> required) {
      this.schema = schema;
      this.properties = (ObjectNode) schema.get("properties");
      this.example = schema.putObject("example");
      this.required = required;
    }

    Builder require(String... fields) {
      ArrayNode list = schema.withArray("required");
      for (String field : fields) {
        list.add(field);
        ((ObjectNode) properties.get(field)).remove("nullable");
      }
      return this;
    }

    Builder code(String name) {
      property(name, SchemaSet.code()).put("maxLength", 20);
      example.put(name, "000001.SZ");
      return this;
    }

    Builder text(String name, int maxLength, String value) {
      property(name, string()).put("maxLength", maxLength);
      example.put(name, value);
      return this;
    }

    /** A date as the API writes it: ISO. */
    Builder date(String name, String value) {
      property(name, string()).put("format", "date");
      example.put(name, value);
      return this;
    }

    /** A date as the API reads it: YYYY-MM-DD or YYYYMMDD. */
    Builder dateInput(String name, String value) {
      property(name, string()).put("pattern", Schemas.DATE_PATTERN)
          .put("description", "YYYY-MM-DD or YYYYMMDD");
      example.put(name, value);
      return this;
    }

    Builder timestamp(String name, String value) {
      property(name, string()).put("format", "date-time");
      example.put(name, value);
      return this;
    }

    Builder number(String name, Double value) {
      property(name, NODES.objectNode().put("type", "number").put("format", "double"));
      example.put(name, value);
      return this;
    }

    Builder integer(String name, int value) {
      property(name, NODES.objectNode().put("type", "integer").put("format", "int32"));
      example.put(name, value);
      return this;
    }

    Builder int64(String name, long value) {
      property(name, NODES.objectNode().put("type", "integer").put("format", "int64"));
      example.put(name, value);
      return this;
    }

    Builder bool(String name, boolean value) {
      property(name, NODES.objectNode().put("type", "boolean"));
      example.put(name, value);
      return this;
    }

    Builder array(String name, ObjectNode items, List<String> values) {
      property(name, NODES.objectNode().put("type", "array")).set("items", items);
      ArrayNode list = example.putArray(name);
      values.forEach(list::add);
      return this;
    }

    Builder refs(String name, String item) {
      property(name, NODES.objectNode().put("type", "array")).set("items", ref(item));
      example.putArray(name).add(schemas.get(item).get("example"));
      return this;
    }

    /** Rows of mixed values (Tushare's items). */
    Builder rows(String name, List<Object> row) {
      property(name, NODES.objectNode().put("type", "array")).putObject("items")
          .put("type", "array").putObject("items");
      ArrayNode values = example.putArray(name).addArray();
      for (Object value : row) {
        if (value instanceof Double number) {
          values.add(number);
        } else {
          values.add(String.valueOf(value));
        }
      }
      return this;
    }

    Builder freeform(String name) {
      property(name, NODES.objectNode().put("type", "object")).put("additionalProperties", true);
      example.putObject(name).putObject("database").put("status", "UP");
      return this;
    }

    Builder fieldErrors(String name) {
      ObjectNode item = NODES.objectNode().put("type", "object");
      item.putArray("required").add("field").add("reason");
      item.putObject("properties").<ObjectNode>set("field", string()).set("reason", string());
      property(name, NODES.objectNode().put("type", "array")).set("items", item);
      example.putArray(name).addObject().put("field", "start")
          .put("reason", "is not a real date: '2024-02-30'");
      return this;
    }

    private ObjectNode property(String name, ObjectNode property) {
      if (!required.contains(name)) {
        property.put("nullable", true);
      }
      properties.set(name, property);
      return property;
    }
  }
}
