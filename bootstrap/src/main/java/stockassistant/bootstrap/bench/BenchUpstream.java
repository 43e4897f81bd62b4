package stockassistant.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/**
 * An unthrottled Tushare on loopback for `bench sync`: the generated full market, served day by
 * day as the sync asks for it (daily, daily_basic, adj_factor from the same bars; suspend_d
 * empty; trade_cal from the market's days), paged with limit/offset. It walks the market forward
 * and keeps only the last few days, so its memory stays flat over any number of days.
 */
final class BenchUpstream implements AutoCloseable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int KEEP_DAYS = 6;
  private final HttpServer server;
  private final List<LocalDate> days;
  private final Iterator<DailyBar> bars;
  private final LinkedHashMap<LocalDate, List<DailyBar>> recent = new LinkedHashMap<>();
  private LocalDate newest;

  BenchUpstream(List<LocalDate> days, Iterator<DailyBar> bars) throws IOException {
    this.days = days;
    this.bars = bars;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "bench-upstream");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String api = request.path("api_name").asText();
      JsonNode params = request.path("params");
      List<String> fields = List.of(request.path("fields").asText().split(","));
      int offset = params.path("offset").asInt(0);
      int limit = params.path("limit").asInt(Integer.MAX_VALUE);
      var items = new StringBuilder();
      int total;
      if (api.equals("trade_cal")) {
        total = calendar(params, fields, offset, limit, items);
      } else if (api.equals("daily") || api.equals("daily_basic") || api.equals("adj_factor")) {
        List<DailyBar> day = day(LocalDate.parse(params.path("trade_date").asText(), DAY));
        total = day.size();
        BarMetric[] metrics = metrics(fields);
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
          row(items, fields, metrics, day.get(i));
        }
      } else {
        total = 0;
      }
      int served = Math.max(0, Math.min(total - offset, limit));
      String body = "{\"code\":0,\"msg\":\"\",\"data\":{\"fields\":" + JSON.writeValueAsString(fields)
          + ",\"items\":[" + items + "],\"has_more\":" + (offset + served < total) + "}}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private int calendar(JsonNode params, List<String> fields, int offset, int limit,
      StringBuilder items) {
    LocalDate from = LocalDate.parse(params.path("start_date").asText(), DAY);
    LocalDate to = LocalDate.parse(params.path("end_date").asText(), DAY);
    var open = new ArrayList<LocalDate>();
    for (LocalDate day : days) {
      if (!day.isBefore(from) && !day.isAfter(to)) {
        open.add(day);
      }
    }
    for (int i = offset; i < Math.min(open.size(), offset + limit); i++) {
      items.append(items.length() == 0 ? "[" : ",[");
      for (int f = 0; f < fields.size(); f++) {
        items.append(f == 0 ? "" : ",").append(switch (fields.get(f)) {
          case "exchange" -> "\"" + params.path("exchange").asText() + "\"";
          case "cal_date" -> "\"" + DAY.format(open.get(i)) + "\"";
          case "is_open" -> "1";
          default -> "null";
        });
      }
      items.append(']');
    }
    return open.size();
  }

  /**
   * The bars of a day, walking the market forward until a later day's first bar shows the day
   * is whole; only the newest few days are kept.
   */
  private synchronized List<DailyBar> day(LocalDate day) {
    while ((newest == null || !newest.isAfter(day)) && bars.hasNext()) {
      DailyBar bar = bars.next();
      recent.computeIfAbsent(bar.tradeDate(), d -> new ArrayList<>()).add(bar);
      newest = bar.tradeDate();
    }
    while (recent.size() > KEEP_DAYS) {
      recent.remove(recent.keySet().iterator().next());
    }
    return recent.getOrDefault(day, List.of());
  }

  /** The metric of each field (null for ts_code and trade_date), looked up once per page. */
  private static BarMetric[] metrics(List<String> fields) {
    var metrics = new BarMetric[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      metrics[f] = field.equals("ts_code") || field.equals("trade_date") ? null
          : BarMetric.valueOf(field.toUpperCase(Locale.ROOT));
    }
    return metrics;
  }

  private static void row(StringBuilder items, List<String> fields, BarMetric[] metrics,
      DailyBar bar) {
    items.append(items.length() == 0 ? "[" : ",[");
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      items.append(f == 0 ? "" : ",");
      if (field.equals("ts_code")) {
        items.append('"').append(bar.thirdCode().value()).append('"');
      } else if (field.equals("trade_date")) {
        items.append('"').append(DAY.format(bar.tradeDate())).append('"');
      } else {
        Double value = bar.get(metrics[f]);
        items.append(value == null ? "null" : value.toString());
      }
    }
    items.append(']');
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
