package stockassistant.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import stockassistant.adapters.web.sync.SyncSchemas;
import stockassistant.adapters.web.tushare.TushareSchemas;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.PeriodBars;

/**
 * The component schemas: one per shape the API really reads or writes. Responses carry ISO
 * dates ({@code format: date}); request bodies take both date forms (a pattern), and a body
 * sent to a path that names the record does not require the key again.
 */
final class Schemas {
  static final String CODE_PATTERN = "^[0-9]{6}\\.(SH|SZ|BJ)$";
  static final String DATE_PATTERN = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8})$";

  private static final List<String> STOCK_TEXT = List.of("area", "industry", "market",
      "fullname", "enname", "cnspell", "exchange", "curr_type", "list_status", "is_hs", "source");

  private Schemas() {}

  static ObjectNode all() {
    var s = new SchemaSet();
    priceBar(s.object("PriceBar", "Price columns and the adjustment factor of one trading day",
        "third_code", "trade_date"), false);
    periodBar(s.object("PeriodBar", "One week or month of one code: its last trading day, "
        + "first open, highest high, lowest low, last close, the previous period's close, and "
        + "the period's volume and amount", "third_code", "trade_date"));
    bar(s.object("Bar", "Every stock_daily column of one trading day", "third_code", "trade_date"),
        false);
    bar(s.object("MarketBar", "A bar of a cross-section, with the stock's name", "third_code",
        "trade_date"), false).text("stock_name", 100, "平安银行");
    bar(s.object("BarInput", "A bar to store; a column left out is stored as null",
        "third_code", "trade_date"), true);
    stock(s.object("Stock", "Every stock_info column but id", "third_code", "symbol", "name"),
        false);
    stock(s.object("StockInput", "A stock to store; a column left out is stored as null",
        "third_code", "symbol", "name"), true);
    stock(s.object("StockUpsert", "A stock to store under the path's code; third_code may be "
        + "left out and, when given, must equal the path's", "symbol", "name"), true);
    finance(s.object("FinanceReport", "Quarterly indicators (Tushare fina_indicator names)",
        "third_code", "ann_date", "end_date"), false);
    finance(s.object("FinanceReportInput", "A report to store; a column left out is stored as "
        + "null", "third_code", "ann_date", "end_date"), true);
    llm(s.object("LlmConfig", "An LLM endpoint; api_key always masked", "alias", "vendor",
        "provider_type", "model_name"), false);
    llm(s.object("LlmConfigInput", "An LLM endpoint to store under the path's alias; api_key in "
        + "clear, required on create, kept when left out on update", "vendor", "provider_type",
        "model_name"), true);

    s.list("StockList", "Stock", "A page of stocks").integer("skip", 0).integer("limit", 100)
        .require("skip", "limit");
    s.list("StockMatches", "Stock", "Stocks matching a search, best first");
    s.list("PriceBarList", "PriceBar", "Price bars, ascending by trade_date");
    s.list("PeriodBarList", "PeriodBar", "Period bars, ascending by trade_date");
    s.list("BarList", "Bar", "Bars with every indicator, ascending by trade_date");
    s.list("MarketBarList", "MarketBar", "Every bar of one day, by third_code");
    s.list("FinanceList", "FinanceReport", "Reports, newest period first");
    s.list("LlmConfigList", "LlmConfig", "Configs by priority then alias");
    s.object("Backup", "A backup as its manifest describes it", "name", "snapshot_time",
        "schema_version", "tables", "rows", "bytes")
        .text("name", 100, "backup-20240102T030000Z").timestamp("snapshot_time",
            "2024-01-02T03:00:00.123Z").text("schema_version", 50, "3").integer("tables", 6)
        .int64("rows", 3_912_345L).int64("bytes", 120_000_000L)
        .timestamp("verified_at", "2024-01-02T03:04:00Z");
    s.list("BackupList", "Backup", "Backups, newest first");
    s.object("CodeList", "Codes", "items").array("items", SchemaSet.code(), List.of("000001.SZ"));

    s.object("TushareData", "Tushare's response data: column names and rows of values",
        "fields", "items").array("fields", SchemaSet.string(), List.of("ts_code", "trade_date",
            "close")).rows("items", List.of("000001.SZ", "20240102", 9.21));
    s.object("StockBatch", "Stocks to store, all or none", "items").refs("items", "StockInput");
    s.object("FinanceSyncDate", "Codes whose finance data was pulled on sync_date",
        "third_codes", "sync_date").array("third_codes", SchemaSet.code(), List.of("000001.SZ"))
        .dateInput("sync_date", "2024-04-10");

    s.object("Upserted", "How many records were stored", "upserted").integer("upserted", 2);
    s.object("Updated", "How many stocks were marked", "updated").integer("updated", 1);
    s.object("ReceivedUpserted", "Records received, and rows stored after duplicates collapsed",
        "received", "upserted").integer("received", 2).integer("upserted", 2);
    s.object("LatestTradeDate", "The newest trade_date stored, null when none is",
        "latest_trade_date").date("latest_trade_date", "2024-01-03");
    s.object("Status", "Liveness", "status").text("status", 10, "UP");
    s.object("Readiness", "Readiness and each check's state", "status", "checks")
        .text("status", 10, "UP").freeform("checks");
    s.object("Overview", "What the dashboard's operations panel draws: status (the database, "
        + "circuit_breaker with its transitions, migrations), pool (active, idle, pending, total, "
        + "max, borrowed, wait_p99_ms, leaks), retries, samples (one a second for five minutes) "
        + "and routes (count, rate and p99 per route); storage (data_dir_free_bytes, "
        + "database_size_bytes, degraded, embedded_restarts)", "at", "status", "pool", "retries",
        "samples", "routes")
        .integer("at", 1_764_460_800).freeform("status").freeform("pool").freeform("retries")
        .freeform("storage")
        .array("samples", SchemaSet.freeformItem(), List.of())
        .array("routes", SchemaSet.freeformItem(), List.of());
    s.object("QualityReport", "The data-quality audit (as `audit --json`): clean, findings, the "
        + "range and codes audited, newest_day (what gaps end at and staleness is measured "
        + "against), each check (name, rule, count, rules: count by rule, examples: rule, code, "
        + "day, values; gaps also suspended days, which are not findings) and freshness",
        "clean", "findings", "checks")
        .bool("clean", true).integer("findings", 0).date("from", "2024-01-02")
        .date("to", "2024-12-31").integer("codes", 5_700).date("newest_day", "2024-12-31")
        .bool("calendar_stored", true).integer("elapsed_ms", 1_200)
        .array("checks", SchemaSet.freeformItem(), List.of()).freeform("freshness");
    s.object("Freshness", "Per dataset (bars, daily_basic, adj_factor, finance): newest_stored, "
        + "newest_open_day (up to today) and age_days, the open days between them",
        "today", "calendar", "datasets")
        .date("today", "2024-12-31").text("calendar", 10, "SSE").freeform("datasets");
    s.object("Problem", "RFC 9457 problem details", "type", "title", "status", "detail")
        .text("type", 200, "https://stock-assistant.dev/problems/invalid-input")
        .text("title", 100, "Invalid input").integer("status", 400)
        .text("detail", 2000, "start: is not a real date: '2024-02-30'")
        .fieldErrors("errors");
    TushareSchemas.addTo(s.node());
    SyncSchemas.addTo(s.node());
    return s.node();
  }

  private static SchemaSet.Builder priceBar(SchemaSet.Builder bar, boolean input) {
    return barColumns(bar, input, true);
  }

  private static void periodBar(SchemaSet.Builder bar) {
    bar.code("third_code").date("trade_date", "2024-01-05");
    for (BarMetric metric : PeriodBars.METRICS) {
      bar.number(metric.column(), Examples.bar(metric));
    }
  }

  private static SchemaSet.Builder bar(SchemaSet.Builder bar, boolean input) {
    return barColumns(bar, input, false);
  }

  private static SchemaSet.Builder barColumns(SchemaSet.Builder bar, boolean input,
      boolean priceOnly) {
    bar.code("third_code");
    key(bar, "trade_date", "2024-01-02", input);
    for (BarMetric metric : BarMetric.values()) {
      if (!priceOnly || BarMetric.PRICE_BAR.contains(metric)) {
        bar.number(metric.column(), Examples.bar(metric));
      }
    }
    return bar.text("source", 20, "tushare");
  }

  private static void stock(SchemaSet.Builder stock, boolean input) {
    stock.code("third_code").text("symbol", 10, "000001").text("name", 100, "平安银行");
    for (String column : STOCK_TEXT) {
      stock.text(column, column.equals("fullname") || column.equals("enname") ? 200 : 50,
          Examples.stock(column));
    }
    for (String column : List.of("list_date", "delist_date", "last_finance_sync_date")) {
      String example = column.equals("list_date") ? (input ? "19910403" : "1991-04-03") : null;
      if (input) {
        stock.dateInput(column, example);
      } else {
        stock.date(column, example);
      }
    }
  }

  private static void finance(SchemaSet.Builder report, boolean input) {
    report.code("third_code");
    key(report, "ann_date", "2024-04-20", input);
    key(report, "end_date", "2024-03-31", input);
    for (FinanceMetric metric : FinanceMetric.values()) {
      report.number(metric.column(), Examples.finance(metric));
    }
    report.text("source", 20, "tushare");
  }

  private static void llm(SchemaSet.Builder config, boolean input) {
    config.text("alias", 200, "deepseek-chat").text("vendor", 2000, "deepseek")
        .text("provider_type", 2000, "openai").text("model_name", 2000, "deepseek-chat")
        .text("api_key", 2000, input ? "sk-0123456789abcdef" : "sk-****cdef")
        .text("base_url", 2000, "https://api.deepseek.com/v1")
        .text("description", 2000, "fast general model").integer("priority", 1)
        .array("tags", SchemaSet.string(), List.of("fast", "code"))
        .bool("is_active", true);
    if (!input) {
      config.timestamp("created_at", "2024-04-10T08:00:00Z")
          .timestamp("updated_at", "2024-04-10T08:00:00Z");
    }
  }

  private static void key(SchemaSet.Builder schema, String column, String isoExample,
      boolean input) {
    if (input) {
      schema.dateInput(column, isoExample.replace("-", ""));
    } else {
      schema.date(column, isoExample);
    }
  }
}
