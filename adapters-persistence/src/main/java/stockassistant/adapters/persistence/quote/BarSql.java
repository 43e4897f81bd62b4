package stockassistant.adapters.persistence.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import stockassistant.adapters.persistence.bulk.MetricTable;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;

/**
 * Every statement on stock_daily, as MyBatis providers of {@link BarMapper}, column lists
 * derived from {@link BarMetric}. {@link #bars} is the one statement of every bar read; its shape
 * follows the query so that each reads one index in order and stops after the page:
 * <ul>
 *   <li>one code, ascending: the primary key (third_code, trade_date) forwards;
 *   <li>one day, every code: ix_stock_daily_trade_date, then by code;
 *   <li>several or all codes over days (a panel): the primary key, keyset on the row value;
 *   <li>newest first: the primary key backwards for one code; for several, whichever index the
 *       planner finds cheaper, with a top-N sort bounded by the page.
 * </ul>
 * The select list is {@code third_code, trade_date, <metrics in enum order>, source}, then
 * {@code stock_name} when the query asks for names, then {@code write_version} when asked: the
 * layout {@link BarPageRows} reads.
 */
public final class BarSql {
  static final MetricTable<BarMetric> TABLE =
      new MetricTable<>("stock_daily", List.of("third_code", "trade_date"), BarMetric.class);

  private BarSql() {}

  /**
   * Parameters: {@code query} (the shape), {@code codes}, {@code from}, {@code to},
   * {@code afterCode} and {@code afterDate} (both null on the first page), {@code skip},
   * {@code limit}.
   */
  public static String bars(Map<String, Object> params) {
    return bars(params, false);
  }

  /**
   * {@link #bars}' first page with the table's write version as its last column: one statement,
   * one snapshot, for an answer labelled with its version. The version is an InitPlan, read once
   * per statement, not per row.
   */
  public static String barsWithVersion(Map<String, Object> params) {
    return bars(params, true);
  }

  /**
   * The text of each statement shape, built once: every page of a read asks for it, and the same
   * String instance lets MyBatis's parsed-statement cache ({@link ParsedOnce}) find it by its
   * cached hash and by identity instead of hashing and comparing 700 characters per page.
   */
  private record Shape(long columns, boolean names, int codes, BarQuery.Order order,
      boolean firstPage, boolean singleDay, boolean from, boolean to, BarMetric knownMetric,
      int literalLimit, boolean skip, boolean withVersion) {}

  /** Bounds the texts whatever callers do (an IN list of each length is its own shape). */
  private static final int MAX_SHAPES = 2_048;
  private static final Map<Shape, String> TEXTS = new ConcurrentHashMap<>();

  private static String bars(Map<String, Object> params, boolean withVersion) {
    BarQuery query = (BarQuery) params.get("query");
    boolean firstPage = params.get("afterDate") == null;
    long columns = 0;
    for (BarMetric metric : query.columns()) {
      columns |= 1L << metric.ordinal();
    }
    var shape = new Shape(columns, query.withStockNames(), ((List<?>) params.get("codes")).size(),
        query.order(), firstPage, query.singleDay(), query.from() != null, query.to() != null,
        query.knownMetric(), query.newest() != null && firstPage ? (Integer) params.get("limit") : 0,
        firstPage && ((Integer) params.get("skip")) > 0, withVersion);
    String known = TEXTS.get(shape);
    if (known != null) {
      return known;
    }
    String text = text(params, withVersion);
    return TEXTS.size() < MAX_SHAPES ? TEXTS.computeIfAbsent(shape, any -> text) : text;
  }

  private static String text(Map<String, Object> params, boolean withVersion) {
    BarQuery query = (BarQuery) params.get("query");
    boolean firstPage = params.get("afterDate") == null;
    var sql = new StringBuilder(400).append("SELECT ").append(TABLE.select(query.columns(), "d"));
    if (query.withStockNames()) {
      sql.append(", s.name AS stock_name");
    }
    if (withVersion) {
      sql.append(", (").append(VERSION).append(") AS write_version");
    }
    sql.append(" FROM stock_daily d");
    if (query.withStockNames()) {
      sql.append(" LEFT JOIN stock_info s ON s.third_code = d.third_code");
    }
    sql.append(" WHERE TRUE");
    codes(sql, ((List<?>) params.get("codes")).size());
    days(sql, query);
    if (query.knownMetric() != null) {
      sql.append(" AND d.").append(query.knownMetric().column()).append(" IS NOT NULL");
    }
    boolean oneCode = query.singleCode() != null;
    if (query.order() == BarQuery.Order.NEWEST_FIRST) {
      if (!firstPage) {
        // trade_date <= after on its own bounds the index scan; the OR beside it only filters
        sql.append(oneCode ? " AND d.trade_date < #{afterDate}"
            : " AND d.trade_date <= #{afterDate}"
                + " AND (d.trade_date < #{afterDate} OR d.third_code > #{afterCode})");
      }
      sql.append(oneCode ? " ORDER BY d.trade_date DESC" : " ORDER BY d.trade_date DESC, d.third_code");
    } else if (oneCode) {
      sql.append(firstPage ? "" : " AND d.trade_date > #{afterDate}").append(" ORDER BY d.trade_date");
    } else if (query.singleDay()) {
      sql.append(firstPage ? "" : " AND d.third_code > #{afterCode}").append(" ORDER BY d.third_code");
    } else {
      sql.append(firstPage ? "" : " AND (d.third_code, d.trade_date) > (#{afterCode}, #{afterDate})")
          .append(" ORDER BY d.third_code, d.trade_date");
    }
    if (query.newest() != null && firstPage) {
      // "the newest N" (N mostly 1) as a literal: with a parameter, PostgreSQL prices the cached
      // generic plan at a guessed 10 % of the rows, finds a custom plan far cheaper and plans the
      // statement anew on every run (twice the CPU of the latest-bar read). A page-sized limit
      // stays a parameter: there the generic plan is taken, and it reads the index in order
      // where a literal 2,000 makes the planner pick a bitmap scan and a sort (15 % slower).
      sql.append(" LIMIT ").append((int) (Integer) params.get("limit"));
    } else {
      sql.append(" LIMIT #{limit}");
    }
    if (firstPage && ((Integer) params.get("skip")) > 0) {
      sql.append(" OFFSET #{skip}");
    }
    return sql.toString();
  }

  public static String latestAdjFactor() {
    return "SELECT d.adj_factor FROM stock_daily d WHERE d.third_code = #{code}"
        + " AND d.trade_date BETWEEN #{from} AND #{to} AND d.adj_factor > 0"
        + " ORDER BY d.trade_date DESC LIMIT 1";
  }

  /** Each step of the recursion is one max() probe of ix_stock_daily_trade_date. */
  public static String tradeDays() {
    return "WITH RECURSIVE days(day) AS ("
        + " SELECT max(trade_date) FROM stock_daily WHERE trade_date BETWEEN #{from} AND #{to}"
        + " UNION ALL"
        + " SELECT (SELECT max(s.trade_date) FROM stock_daily s"
        + "         WHERE s.trade_date >= #{from} AND s.trade_date < days.day)"
        + " FROM days WHERE days.day IS NOT NULL)"
        + " SELECT day FROM days WHERE day IS NOT NULL LIMIT #{limit}";
  }

  /**
   * The same days on a Citus coordinator, which plans a recursive CTE over a distributed table
   * only with a filter on third_code: each shard walks its trade_date index backwards to its
   * first {@code limit} distinct days, and the coordinator merges them.
   */
  public static String tradeDaysByScan() {
    return "SELECT DISTINCT trade_date FROM stock_daily WHERE trade_date BETWEEN #{from} AND #{to}"
        + " ORDER BY trade_date DESC LIMIT #{limit}";
  }

  public static String tradeDayBefore() {
    return "SELECT max(trade_date) FROM stock_daily WHERE trade_date < #{day}";
  }

  public static String earliestTradeDate() {
    return "SELECT min(trade_date) FROM stock_daily";
  }

  /** The table's write version (V8: bumped by every statement that writes it). */
  public static String writeVersion() {
    return "SELECT coalesce((" + VERSION + "), 0)";
  }

  private static final String VERSION =
      "SELECT version FROM table_version WHERE table_name = 'stock_daily'";

  /** One more write of the table, in the writing transaction (readers see it with the rows). */
  public static String bumpWriteVersion() {
    return "INSERT INTO table_version AS v (table_name, version) VALUES ('stock_daily', 1) "
        + "ON CONFLICT (table_name) DO UPDATE SET version = v.version + 1";
  }

  public static String latestTradeDate() {
    return "SELECT max(trade_date) FROM stock_daily";
  }

  /** One code as an equality, so the planner knows the order of the primary key serves. */
  private static void codes(StringBuilder sql, int count) {
    if (count == 1) {
      sql.append(" AND d.third_code = #{codes[0]}");
    } else if (count > 1) {
      sql.append(" AND d.third_code IN (");
      for (int i = 0; i < count; i++) {
        sql.append(i == 0 ? "" : ", ").append("#{codes[").append(i).append("]}");
      }
      sql.append(')');
    }
  }

  private static void days(StringBuilder sql, BarQuery query) {
    if (query.singleDay()) {
      sql.append(" AND d.trade_date = #{from}");
    } else if (query.from() != null && query.to() != null) {
      sql.append(" AND d.trade_date BETWEEN #{from} AND #{to}");
    } else if (query.from() != null) {
      sql.append(" AND d.trade_date >= #{from}");
    } else if (query.to() != null) {
      sql.append(" AND d.trade_date <= #{to}");
    }
  }
}
