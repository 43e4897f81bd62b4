package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.quote.BarMetric;

/** The component schemas, with column lists taken from the metric enums. */
final class Schemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Schemas() {}

  static ObjectNode all() {
    ObjectNode schemas = NODES.objectNode();
    ObjectNode bar = object(schemas, "Bar", "third_code", "trade_date");
    text(bar, "third_code", "^[0-9]{6}\\.(SH|SZ|BJ)$");
    date(bar, "trade_date");
    for (BarMetric metric : BarMetric.values()) {
      number(bar, metric.column());
    }
    text(bar, "source", null);
    ObjectNode marketBar = schemas.putObject("MarketBar");
    marketBar.putArray("allOf").addObject().put("$ref", "#/components/schemas/Bar");
    marketBar.withArray("allOf").addObject().putObject("properties").putObject("stock_name")
        .put("type", "string").put("nullable", true);
    ObjectNode stock = object(schemas, "Stock", "third_code", "symbol", "name");
    for (String column : new String[] {"third_code", "symbol", "name", "area", "industry",
        "market", "fullname", "enname", "cnspell", "exchange", "curr_type", "list_status", "is_hs",
        "source"}) {
      text(stock, column, column.equals("third_code") ? "^[0-9]{6}\\.(SH|SZ|BJ)$" : null);
    }
    for (String column : new String[] {"list_date", "delist_date", "last_finance_sync_date"}) {
      date(stock, column);
    }
    ObjectNode finance = object(schemas, "FinanceReport", "third_code", "ann_date", "end_date");
    text(finance, "third_code", "^[0-9]{6}\\.(SH|SZ|BJ)$");
    date(finance, "ann_date");
    date(finance, "end_date");
    for (FinanceMetric metric : FinanceMetric.values()) {
      number(finance, metric.column());
    }
    text(finance, "source", null);
    ObjectNode llm = object(schemas, "LlmConfig", "alias", "vendor", "provider_type", "model_name");
    for (String column : new String[] {"alias", "vendor", "provider_type", "model_name", "base_url",
        "description", "created_at", "updated_at"}) {
      text(llm, column, null);
    }
    text(llm, "api_key", null).put("description", "masked, e.g. sk-****cdef");
    llm.with("properties").putObject("priority").put("type", "integer").put("nullable", true);
    llm.with("properties").putObject("is_active").put("type", "boolean").put("nullable", true);
    llm.with("properties").putObject("tags").put("type", "array").put("nullable", true)
        .putObject("items").put("type", "string");
    ObjectNode llmInput = schemas.putObject("LlmConfigInput");
    llmInput.put("description", "An LlmConfig without timestamps; api_key in clear, required on create");
    llmInput.putArray("allOf").addObject().put("$ref", "#/components/schemas/LlmConfig");
    list(schemas, "StockList", "Stock").with("properties").putObject("skip").put("type", "integer");
    schemas.with("StockList").with("properties").putObject("limit").put("type", "integer");
    list(schemas, "PriceBarList", "Bar");
    list(schemas, "BarList", "Bar");
    list(schemas, "MarketBarList", "MarketBar");
    list(schemas, "FinanceList", "FinanceReport");
    list(schemas, "LlmConfigList", "LlmConfig");
    ObjectNode codes = object(schemas, "CodeList", "items");
    codes.with("properties").putObject("items").put("type", "array").putObject("items")
        .put("type", "string");
    ObjectNode barBatch = schemas.putObject("BarBatch");
    barBatch.put("description", "A JSON array of Bar, Tushare's {\"fields\", \"items\"} with ts_code, or CSV with a header row");
    barBatch.putArray("oneOf").addObject().put("type", "array").putObject("items")
        .put("$ref", "#/components/schemas/Bar");
    barBatch.withArray("oneOf").addObject().put("$ref", "#/components/schemas/TushareData");
    ObjectNode financeBatch = schemas.putObject("FinanceBatch");
    financeBatch.putArray("oneOf").addObject().put("type", "array").putObject("items")
        .put("$ref", "#/components/schemas/FinanceReport");
    financeBatch.withArray("oneOf").addObject().put("$ref", "#/components/schemas/TushareData");
    ObjectNode tushare = object(schemas, "TushareData", "fields", "items");
    tushare.with("properties").putObject("fields").put("type", "array").putObject("items").put("type", "string");
    tushare.with("properties").putObject("items").put("type", "array").putObject("items").put("type", "array")
        .putObject("items");
    ObjectNode stockBatch = object(schemas, "StockBatch", "items");
    stockBatch.with("properties").putObject("items").put("type", "array").putObject("items")
        .put("$ref", "#/components/schemas/Stock");
    ObjectNode sync = object(schemas, "FinanceSyncDate", "third_codes", "sync_date");
    sync.with("properties").putObject("third_codes").put("type", "array").putObject("items").put("type", "string");
    date(sync, "sync_date");
    integers(object(schemas, "Upserted", "upserted"), "upserted");
    integers(object(schemas, "Updated", "updated"), "updated");
    integers(object(schemas, "ReceivedUpserted", "received", "upserted"), "received", "upserted");
    date(object(schemas, "LatestTradeDate", "latest_trade_date"), "latest_trade_date");
    text(object(schemas, "Status", "status"), "status", null);
    ObjectNode readiness = object(schemas, "Readiness", "status", "checks");
    text(readiness, "status", null);
    readiness.with("properties").putObject("checks").put("type", "object");
    ObjectNode overview = object(schemas, "Overview", "at", "status", "pool", "retries", "samples",
        "routes");
    overview.put("description", "status: the database, circuit_breaker (with its transitions) "
        + "and migrations checks; pool: active, idle, pending, total, max, borrowed, wait_p99_ms, "
        + "leaks; samples: one a second for five minutes; routes: count, rate and p99 per route");
    integers(overview, "at");
    for (String part : new String[] {"status", "pool", "retries"}) {
      overview.with("properties").putObject(part).put("type", "object");
    }
    for (String part : new String[] {"samples", "routes"}) {
      overview.with("properties").putObject(part).put("type", "array").putObject("items")
          .put("type", "object");
    }
    ObjectNode problem = object(schemas, "Problem", "type", "title", "status", "detail");
    text(problem, "type", null);
    text(problem, "title", null);
    problem.with("properties").putObject("status").put("type", "integer");
    text(problem, "detail", null);
    ObjectNode errors = problem.with("properties").putObject("errors").put("type", "array")
        .putObject("items").put("type", "object");
    errors.putObject("properties").putObject("field").put("type", "string");
    errors.with("properties").putObject("reason").put("type", "string");
    return schemas;
  }

  private static ObjectNode object(ObjectNode schemas, String name, String... required) {
    ObjectNode schema = schemas.putObject(name);
    schema.put("type", "object");
    var list = schema.putArray("required");
    for (String field : required) {
      list.add(field);
    }
    schema.putObject("properties");
    return schema;
  }

  private static ObjectNode list(ObjectNode schemas, String name, String item) {
    ObjectNode schema = object(schemas, name, "items");
    schema.with("properties").putObject("items").put("type", "array").putObject("items")
        .put("$ref", "#/components/schemas/" + item);
    return schema;
  }

  private static ObjectNode text(ObjectNode schema, String name, String pattern) {
    ObjectNode property = schema.with("properties").putObject(name).put("type", "string")
        .put("nullable", true);
    if (pattern != null) {
      property.put("pattern", pattern);
    }
    return property;
  }

  private static void date(ObjectNode schema, String name) {
    schema.with("properties").putObject(name).put("type", "string").put("format", "date")
        .put("nullable", true);
  }

  private static void number(ObjectNode schema, String name) {
    schema.with("properties").putObject(name).put("type", "number").put("nullable", true);
  }

  private static void integers(ObjectNode schema, String... names) {
    for (String name : names) {
      schema.with("properties").putObject(name).put("type", "integer");
    }
  }
}
