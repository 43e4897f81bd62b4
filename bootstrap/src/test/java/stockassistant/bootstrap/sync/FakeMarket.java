package stockassistant.bootstrap.sync;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small A-share market with the cases the sync must get right, every value a JSON literal as
 * Tushare would send it: listed, delisted (D, mid-range) and paused (P) stocks, a listing in the
 * middle of the range, a stock suspended for three days (no bar; suspend_d rows; an adj_factor
 * nonetheless, as Tushare sends), a stray row with a non-finite close and one with an impossible
 * date, and finance with a revision. Days: January 2024, weekdays open, New Year's day closed.
 */
final class FakeMarket {
  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  static final LocalDate LAST = LocalDate.of(2024, 1, 31);
  static final LocalDate DELISTED_ON = LocalDate.of(2024, 1, 25);
  static final LocalDate LISTED_ON = LocalDate.of(2024, 1, 15);
  static final Set<LocalDate> SUSPENDED = Set.of(LocalDate.of(2024, 1, 10),
      LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 12));
  static final LocalDate NON_FINITE_DAY = LocalDate.of(2024, 1, 5);
  static final LocalDate BAD_DATE_DAY = LocalDate.of(2024, 1, 8);

  /** ts_code, name, list_status, list_date, delist_date. */
  private static final List<String[]> STOCKS = List.of(
      new String[] {"600000.SH", "浦发银行", "L", "19991110", null},
      new String[] {"600001.SH", "邯郸钢铁", "D", "19980101", "20240125"},
      new String[] {"000001.SZ", "平安银行", "L", "19910403", null},
      new String[] {"000002.SZ", "万科A", "L", "19910129", null},
      new String[] {"000003.SZ", "PT金田A", "P", "19910703", null},
      new String[] {"300750.SZ", "宁德时代", "L", "20180611", null},
      new String[] {"688981.SH", "中芯国际", "L", "20200716", null},
      new String[] {"430047.BJ", "诺思兰德", "L", "20211115", null},
      new String[] {"301999.SZ", "新股科技", "L", "20240115", null});

  private final Map<String, Double> revisedClose = new ConcurrentHashMap<>();
  private final Set<LocalDate> lateAdjFactor = ConcurrentHashMap.newKeySet();
  private final Set<LocalDate> lateDailyBasic = ConcurrentHashMap.newKeySet();

  static boolean open(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !day.equals(FIRST);
  }

  static List<LocalDate> openDays() {
    var days = new ArrayList<LocalDate>();
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      if (open(day)) {
        days.add(day);
      }
    }
    return days;
  }

  /** Until {@link #publish}, adj_factor of the day answers only every other code. */
  void adjFactorLate(LocalDate day) {
    lateAdjFactor.add(day);
  }

  void dailyBasicLate(LocalDate day) {
    lateDailyBasic.add(day);
  }

  void publish() {
    lateAdjFactor.clear();
    lateDailyBasic.clear();
  }

  /** An upstream revision of one bar's close. */
  void revise(String code, LocalDate day, double close) {
    revisedClose.put(code + day, close);
  }

  /** The rows of one api for the params, each a map of field to JSON literal. */
  List<Map<String, String>> rows(String api, Map<String, String> params) {
    return switch (api) {
      case "stock_basic" -> stocks(params.getOrDefault("list_status", "L"));
      case "trade_cal" -> calendar(params.get("exchange"), date(params.get("start_date")),
          date(params.get("end_date")));
      case "daily" -> daily(date(params.get("trade_date")));
      case "daily_basic" -> dailyBasic(date(params.get("trade_date")));
      case "adj_factor" -> adjFactor(date(params.get("trade_date")));
      case "suspend_d" -> suspensions(date(params.get("trade_date")));
      case "fina_indicator" -> finance(params.get("ts_code"));
      default -> null;
    };
  }

  private static LocalDate date(String text) {
    return text == null || text.isEmpty() ? null : LocalDate.parse(text, DAY);
  }

  private List<Map<String, String>> stocks(String status) {
    var rows = new ArrayList<Map<String, String>>();
    for (String[] stock : STOCKS) {
      if (!stock[2].equals(status)) {
        continue;
      }
      var row = new LinkedHashMap<String, String>();
      row.put("ts_code", q(stock[0]));
      row.put("symbol", q(stock[0].substring(0, 6)));
      row.put("name", q(stock[1]));
      row.put("area", q("深圳"));
      row.put("industry", q("银行"));
      row.put("fullname", q(stock[1] + "股份有限公司"));
      row.put("enname", q("Company " + stock[0]));
      row.put("cnspell", q("abc"));
      row.put("market", q(stock[0].endsWith(".BJ") ? "北交所" : "主板"));
      row.put("exchange", q(stock[0].endsWith(".SH") ? "SSE" : stock[0].endsWith(".SZ") ? "SZSE" : "BSE"));
      row.put("curr_type", q("CNY"));
      row.put("list_status", q(stock[2]));
      row.put("list_date", q(stock[3]));
      row.put("delist_date", stock[4] == null ? "null" : q(stock[4]));
      row.put("is_hs", q("N"));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> calendar(String exchange, LocalDate from, LocalDate to) {
    var rows = new ArrayList<Map<String, String>>();
    for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
      LocalDate previous = day.minusDays(1);
      while (!open(previous)) {
        previous = previous.minusDays(1);
      }
      var row = new LinkedHashMap<String, String>();
      row.put("exchange", q(exchange == null ? "SSE" : exchange));
      row.put("cal_date", q(DAY.format(day)));
      row.put("is_open", open(day) ? "1" : "0");
      row.put("pretrade_date", q(DAY.format(previous)));
      rows.add(row);
    }
    return rows;   // newest first, as Tushare answers the calendar
  }

  /** The codes that trade on a day: listed by then, not delisted, not paused, not suspended. */
  private static List<Integer> trading(LocalDate day) {
    var indexes = new ArrayList<Integer>();
    if (!open(day) || day.isAfter(LAST) || day.isBefore(FIRST)) {
      return indexes;
    }
    for (int i = 0; i < STOCKS.size(); i++) {
      String[] stock = STOCKS.get(i);
      if (stock[2].equals("P")) {
        continue;
      }
      if (stock[4] != null && !day.isBefore(LocalDate.parse(stock[4], DAY))) {
        continue;
      }
      if (day.isBefore(LocalDate.parse(stock[3], DAY))) {
        continue;
      }
      if (stock[0].equals("000002.SZ") && SUSPENDED.contains(day)) {
        continue;
      }
      indexes.add(i);
    }
    return indexes;
  }

  private static double base(int index, LocalDate day) {
    return 10 + index * 3 + day.getDayOfMonth() * 0.11;
  }

  private List<Map<String, String>> daily(LocalDate day) {
    var rows = new ArrayList<Map<String, String>>();
    for (int i : trading(day)) {
      String code = STOCKS.get(i)[0];
      double close = revisedClose.getOrDefault(code + day, round(base(i, day)));
      var row = new LinkedHashMap<String, String>();
      row.put("ts_code", q(code));
      row.put("trade_date", q(DAY.format(day)));
      row.put("open", num(close - 0.05));
      row.put("high", num(close + 0.3));
      row.put("low", num(close - 0.3));
      row.put("close", num(close));
      row.put("pre_close", num(close - 0.11));
      row.put("change", num(0.11));
      row.put("pct_chg", num(round(11 / close)));
      row.put("vol", num(1000 + i * 10 + day.getDayOfMonth()));
      row.put("amount", num(round((1000 + i) * close / 10)));
      rows.add(row);
    }
    if (day.equals(NON_FINITE_DAY)) {
      var bad = new LinkedHashMap<String, String>();
      bad.put("ts_code", q("000004.SZ"));
      bad.put("trade_date", q(DAY.format(day)));
      for (String field : List.of("open", "high", "low", "pre_close", "change", "pct_chg", "vol",
          "amount")) {
        bad.put(field, "1.5");
      }
      bad.put("close", "Infinity");   // what Python's json.dumps writes for inf
      rows.add(bad);
    }
    return rows;
  }

  private List<Map<String, String>> dailyBasic(LocalDate day) {
    var rows = new ArrayList<Map<String, String>>();
    List<Integer> trading = trading(day);
    for (int n = 0; n < trading.size(); n++) {
      if (lateDailyBasic.contains(day) && n % 2 == 1) {
        continue;
      }
      int i = trading.get(n);
      var row = new LinkedHashMap<String, String>();
      row.put("ts_code", q(STOCKS.get(i)[0]));
      row.put("trade_date", q(DAY.format(day)));
      row.put("close", num(round(base(i, day))));
      row.put("turnover_rate", num(1.5 + i * 0.1));
      row.put("turnover_rate_f", num(2.5));
      row.put("volume_ratio", "null");
      row.put("pe", num(5 + i));
      row.put("pe_ttm", num(5.5 + i));
      row.put("pb", num(0.6));
      row.put("ps", num(1.2));
      row.put("ps_ttm", num(1.3));
      row.put("dv_ratio", num(3.1));
      row.put("dv_ttm", num(3.2));
      row.put("total_share", num(100000 + i));
      row.put("float_share", num(90000 + i));
      row.put("free_share", num(80000 + i));
      row.put("total_mv", num(round(base(i, day) * 100000)));
      row.put("circ_mv", num(round(base(i, day) * 90000)));
      rows.add(row);
    }
    if (day.equals(BAD_DATE_DAY)) {
      var bad = new LinkedHashMap<String, String>();
      bad.put("ts_code", q("000004.SZ"));
      bad.put("trade_date", q("20240231"));
      bad.put("pe", "7.5");
      rows.add(bad);
    }
    return rows;
  }

  private List<Map<String, String>> adjFactor(LocalDate day) {
    var rows = new ArrayList<Map<String, String>>();
    List<Integer> codes = new ArrayList<>(trading(day));
    if (open(day) && SUSPENDED.contains(day)) {
      codes.add(3);   // 000002.SZ: suspended, yet Tushare lists its factor
      codes.sort(null);
    }
    for (int n = 0; n < codes.size(); n++) {
      if (lateAdjFactor.contains(day) && n % 2 == 1) {
        continue;
      }
      int i = codes.get(n);
      var row = new LinkedHashMap<String, String>();
      row.put("ts_code", q(STOCKS.get(i)[0]));
      row.put("trade_date", q(DAY.format(day)));
      row.put("adj_factor", num(day.getDayOfMonth() >= 20 && i == 0 ? 1.25 : 1.0 + i * 0.01));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> suspensions(LocalDate day) {
    var rows = new ArrayList<Map<String, String>>();
    if (SUSPENDED.contains(day)) {
      var row = new LinkedHashMap<String, String>();
      row.put("ts_code", q("000002.SZ"));
      row.put("trade_date", q(DAY.format(day)));
      row.put("suspend_timing", "null");
      row.put("suspend_type", q("S"));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> finance(String code) {
    var rows = new ArrayList<Map<String, String>>();
    if (code == null) {
      return rows;
    }
    int i = 0;
    for (; i < STOCKS.size() && !STOCKS.get(i)[0].equals(code); i++) {}
    rows.add(report(code, "20231028", "20230930", 0.5 + i));
    if (code.equals("600000.SH")) {
      // a revision: same period, announced again later with another figure
      rows.add(report(code, "20231110", "20230930", 0.55));
      rows.add(report(code, "20240120", "20231231", 0.9));
    }
    return rows;
  }

  private static Map<String, String> report(String code, String ann, String end, double eps) {
    var row = new LinkedHashMap<String, String>();
    row.put("ts_code", q(code));
    row.put("ann_date", q(ann));
    row.put("end_date", q(end));
    row.put("eps", num(eps));
    row.put("roe", num(eps * 10));
    return row;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }

  private static String q(String text) {
    return "\"" + text + "\"";
  }

  /** Codes expected in stock_daily of a day (for the tests' own counts). */
  static int barsOn(LocalDate day) {
    return trading(day).size();
  }

  static Set<String> codes() {
    var codes = new HashSet<String>();
    STOCKS.forEach(stock -> codes.add(stock[0]));
    return codes;
  }
}
