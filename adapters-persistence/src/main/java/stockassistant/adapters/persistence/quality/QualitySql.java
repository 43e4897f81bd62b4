package stockassistant.adapters.persistence.quality;

import java.util.Arrays;
import java.util.stream.Collectors;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.quality.Check;

/**
 * One set-based statement per check, over one slice (some codes, a range of days). Each defines
 * {@code f}, the findings (rule, third_code, day, then the values that show it); {@link #TAIL}
 * turns it into a bounded answer: every rule's count, every suspended code's day count, and the
 * first examples in (code, day) order. Named parameters ({@code :codes}) are bound by
 * {@link NamedSql}.
 *
 * <p>Tolerances are the README's: prices and change within one tick, pct_chg within 0.01
 * percentage point ({@link #TOLERANCE} adds a hair for binary floating point).
 */
final class QualitySql {
  /** One tick (0.01) and 0.01 percentage point, plus float noise. */
  static final String TOLERANCE = "0.010001";
  /**
   * Tushare's adj_factor has 3 decimal places: on an ex-rights day the expected pre_close may
   * be off by prev_close x 0.001 / adj_factor through the factor's rounding alone.
   */
  private static final String FACTOR_ROUNDING = "0.001";

  /**
   * Each code's last bar before the range: one probe of the primary key per code (a lateral
   * subquery with LIMIT 1). Citus cannot push a lateral subquery down under a list of values (the
   * codes) or a reference table, so there {@link #PREVIOUS_BARS_CITUS} is used.
   */
  private static final String PREVIOUS_BARS = """
      SELECT p.* FROM unnest(:codes) AS c(code) CROSS JOIN LATERAL (
          SELECT d.third_code, d.trade_date, d.open, d.high, d.low, d.close, d.pre_close,
                 d.change, d.pct_chg, d.adj_factor
          FROM stock_daily d WHERE d.third_code = c.code AND d.trade_date < :from
          -- the primary key's order, so that it is one probe of it
          ORDER BY d.third_code DESC, d.trade_date DESC LIMIT 1) p""";

  /**
   * The same rows as a join of stock_daily with its own per-code max(): grouped by and joined
   * on the distribution column, so each worker answers for its shards. On one server it would
   * read every bar before the range instead of one per code, hence two forms.
   */
  private static final String PREVIOUS_BARS_CITUS = """
      SELECT d.third_code, d.trade_date, d.open, d.high, d.low, d.close, d.pre_close,
                 d.change, d.pct_chg, d.adj_factor
          FROM stock_daily d JOIN (SELECT e.third_code, max(e.trade_date) AS trade_date
              FROM stock_daily e WHERE e.third_code = ANY(:codes) AND e.trade_date < :from
              GROUP BY e.third_code) p
            ON p.third_code = d.third_code AND p.trade_date = d.trade_date""";

  /** The slice's bars in range, plus each code's bar before the range (the previous close). */
  private static final String BARS = """
      WITH b AS (
        SELECT d.third_code, d.trade_date, d.open, d.high, d.low, d.close, d.pre_close,
               d.change, d.pct_chg, d.adj_factor
        FROM stock_daily d
        WHERE d.third_code = ANY(:codes) AND d.trade_date BETWEEN :from AND :to
        UNION ALL
        PREVIOUS_BARS
      ), w0 AS (
        SELECT b.*, lag(b.trade_date) OVER s AS prev_day, lag(b.close) OVER s AS prev_close,
               lag(b.adj_factor) OVER s AS prev_factor
        FROM b WINDOW s AS (PARTITION BY b.third_code ORDER BY b.trade_date)
      ), w AS (
        SELECT w0.*,
               w0.prev_close * coalesce(w0.prev_factor / nullif(w0.adj_factor, 0), 1)
                 AS expected_pre_close,
               coalesce(w0.prev_factor <> w0.adj_factor AND abs(w0.prev_close * w0.prev_factor
                 / nullif(w0.adj_factor, 0) - w0.prev_close) > TOL, false) AS factor_jumped,
               CASE WHEN w0.prev_factor <> w0.adj_factor
                 THEN TOL + w0.prev_close * ROUNDING / nullif(w0.adj_factor, 0) ELSE TOL END
                 AS pre_close_tolerance
        FROM w0 WHERE w0.trade_date >= :from
      )
      """.replace("TOL", TOLERANCE).replace("ROUNDING", FACTOR_ROUNDING);

  /**
   * Materialized steps, so that the expected days and the slice's bars meet in one hash
   * anti-join (left to itself the planner probed the bars once per expected day).
   */
  private static final String GAPS = """
      WITH s AS MATERIALIZED (
        SELECT i.third_code, i.list_date, i.delist_date, right(i.third_code, 2) AS suffix
        FROM stock_info i WHERE i.third_code = ANY(:codes) AND i.list_date IS NOT NULL
      ), calendars AS MATERIALIZED (
        SELECT x.suffix, CASE WHEN EXISTS (SELECT 1 FROM trade_calendar c
            WHERE c.exchange = x.exchange) THEN x.exchange ELSE 'SSE' END AS calendar
        FROM (VALUES ('SH', 'SSE'), ('SZ', 'SZSE'), ('BJ', 'BSE')) x(suffix, exchange)
      ), e AS MATERIALIZED (
        SELECT s.third_code, c.cal_date AS day
        FROM s JOIN calendars k ON k.suffix = s.suffix
          JOIN trade_calendar c ON c.exchange = k.calendar AND c.is_open
            AND c.cal_date >= s.list_date AND c.cal_date >= :from
            AND c.cal_date <= :newest AND c.cal_date <= :to
            AND (s.delist_date IS NULL OR c.cal_date < s.delist_date)
      ), b AS MATERIALIZED (
        SELECT d.third_code, d.trade_date FROM stock_daily d
        WHERE d.third_code = ANY(:codes) AND d.trade_date BETWEEN :from AND :to
      ), h AS MATERIALIZED (
        SELECT e.third_code, e.day FROM e LEFT JOIN b
          ON b.third_code = e.third_code AND b.trade_date = e.day
        WHERE b.third_code IS NULL
      ), f AS (
        SELECT CASE WHEN EXISTS (SELECT 1 FROM stock_suspension p
                 WHERE p.third_code = h.third_code AND p.trade_date = h.day
                   AND p.suspend_type = 'S') THEN 'suspended' ELSE 'missing' END AS rule,
               h.third_code, h.day
        FROM h
      )
      """;

  private static final String PRICE_SANITY = """
      WITH f AS (
        SELECT * FROM (
          SELECT CASE
              WHEN least(d.open, d.high, d.low, d.close, d.pre_close) <= 0
                THEN 'non_positive_price'
              WHEN d.high < d.low - TOL OR d.low > least(d.open, d.close) + TOL
                OR greatest(d.open, d.close) > d.high + TOL THEN 'outside_high_low'
              WHEN d.vol < 0 OR d.amount < 0 THEN 'negative_volume'
              WHEN d.vol = 0 AND (abs(d.close - d.pre_close) > TOL OR d.high - d.low > TOL)
                THEN 'price_change_without_volume'
            END AS rule,
            d.third_code, d.trade_date AS day, d.open, d.high, d.low, d.close, d.pre_close,
            d.vol, d.amount
          FROM stock_daily d
          WHERE d.third_code = ANY(:codes) AND d.trade_date BETWEEN :from AND :to) x
        WHERE x.rule IS NOT NULL
      )
      """.replace("TOL", TOLERANCE);

  /**
   * An unexplained factor jump is the factor's fault (adj_factor), not pre_close's. Each rule is
   * judged once per bar; only a bar that breaks one becomes rows, one per rule it breaks.
   */
  private static final String CONTINUITY = BARS + """
      , x AS (
        SELECT w.*,
          coalesce(w.prev_close IS NOT NULL
            AND abs(w.pre_close - w.expected_pre_close) > w.pre_close_tolerance
            AND NOT (w.factor_jumped AND abs(w.pre_close - w.prev_close) <= TOL), false)
            AS bad_pre_close,
          coalesce(abs(w.change - (w.close - w.pre_close)) > TOL, false) AS bad_change,
          coalesce(abs(w.pct_chg - (w.close - w.pre_close) / nullif(w.pre_close, 0) * 100)
            > TOL, false) AS bad_pct_chg
        FROM w
      ), f AS (
        SELECT r.rule, x.third_code, x.trade_date AS day, x.prev_day, x.prev_close,
               x.prev_factor, x.adj_factor, x.pre_close, x.close, x.change, x.pct_chg,
               r.expected
        FROM x CROSS JOIN LATERAL (VALUES
          ('pre_close', x.bad_pre_close, x.expected_pre_close),
          ('change', x.bad_change, x.close - x.pre_close),
          ('pct_chg', x.bad_pct_chg, (x.close - x.pre_close) / nullif(x.pre_close, 0) * 100)
        ) AS r(rule, broken, expected)
        WHERE (x.bad_pre_close OR x.bad_change OR x.bad_pct_chg) AND r.broken
      )
      """.replace("TOL", TOLERANCE);

  /**
   * The board's limit that day; the exchanges had none before 1996-12-16. A close at the limit
   * price rounded to the tick is within it. The listing day has no limit: list_date, or the
   * code's first bar when list_date is not stored.
   */
  private static final String PRICE_LIMITS = BARS + """
      , l AS (
        SELECT w.third_code, w.trade_date, w.close, w.pct_chg,
               coalesce(w.pre_close, w.prev_close) AS base,
               CASE
                 WHEN w.third_code LIKE '%.BJ' THEN 30
                 WHEN w.third_code LIKE '688%' THEN 20
                 WHEN (w.third_code LIKE '300%' OR w.third_code LIKE '301%')
                   AND w.trade_date >= DATE '2020-08-24' THEN 20
                 WHEN i.name LIKE '%ST%' THEN 5
                 ELSE 10 END AS limit_pct
        FROM w LEFT JOIN stock_info i ON i.third_code = w.third_code
        WHERE w.trade_date >= DATE '1996-12-16' AND w.close IS NOT NULL
          AND w.trade_date IS DISTINCT FROM i.list_date
          AND NOT (i.list_date IS NULL AND w.prev_day IS NULL)
      ), f AS (
        SELECT 'beyond_limit' AS rule, x.* FROM (
          SELECT l.third_code, l.trade_date AS day, l.base AS pre_close, l.close, l.pct_chg,
                 l.limit_pct::float8 AS limit_pct,
                 round((l.base * (100 + l.limit_pct) / 100)::numeric, 2)::float8 AS up_limit,
                 round((l.base * (100 - l.limit_pct) / 100)::numeric, 2)::float8 AS down_limit
          FROM l WHERE l.base > 0) x
        WHERE x.close > x.up_limit + 0.000001 OR x.close < x.down_limit - 0.000001
      )
      """;

  private static final String ADJ_FACTOR = BARS + """
      , f AS (
        SELECT * FROM (
          SELECT CASE
              WHEN w.adj_factor IS NULL THEN 'null_factor'
              WHEN w.adj_factor < w.prev_factor * (1 - 1e-9) THEN 'decreasing'
              WHEN w.factor_jumped AND abs(w.pre_close - w.prev_close) <= TOL
                THEN 'jump_without_pre_close_gap'
            END AS rule,
            w.third_code, w.trade_date AS day, w.prev_day, w.prev_factor, w.adj_factor,
            w.prev_close, w.pre_close
          FROM w) x
        WHERE x.rule IS NOT NULL
      )
      """.replace("TOL", TOLERANCE);

  /** Each code's newest bar by one probe of the primary key (on one server). */
  private static final String NEWEST_BARS = """
      CROSS JOIN LATERAL (SELECT max(d.trade_date) AS newest_bar
          FROM stock_daily d WHERE d.third_code = i.third_code AND d.trade_date <= :newest) n""";

  /** The same, grouped by the distribution column and outer-joined (Citus: see PREVIOUS_BARS). */
  private static final String NEWEST_BARS_CITUS = """
      LEFT JOIN (SELECT d.third_code, max(d.trade_date) AS newest_bar
          FROM stock_daily d WHERE d.third_code = ANY(:codes) AND d.trade_date <= :newest
          GROUP BY d.third_code) n ON n.third_code = i.third_code""";

  /** Measured against the newest day stored for any stock, not the calendar. */
  private static final String STALENESS = """
      WITH f AS (
        SELECT 'stale' AS rule, i.third_code, n.newest_bar AS day, :newest::date AS newest_day
        FROM stock_info i NEWEST_BARS
        WHERE i.third_code = ANY(:codes) AND coalesce(i.list_status, 'L') = 'L'
          AND (i.list_date IS NULL OR i.list_date <= :newest)
          AND (i.delist_date IS NULL OR i.delist_date > :newest)
          AND (n.newest_bar IS NULL OR n.newest_bar < :newest)
          AND NOT EXISTS (SELECT 1 FROM stock_suspension p WHERE p.third_code = i.third_code
            AND p.trade_date = :newest AND p.suspend_type = 'S')
      )
      """;

  /** Revisions of one period are compared whole, as the text of their row of indicators. */
  private static final String FINANCE = """
      WITH f AS (
        SELECT * FROM (
          SELECT CASE
              WHEN x.ann_date < x.end_date THEN 'announced_before_period_end'
              WHEN x.metrics = x.previous_metrics THEN 'duplicate_revision'
            END AS rule,
            x.third_code, x.ann_date AS day, x.end_date, x.previous_ann_date
          FROM (SELECT r.third_code, r.ann_date, r.end_date,
                  lag(r.ann_date) OVER p AS previous_ann_date, r.metrics,
                  lag(r.metrics) OVER p AS previous_metrics
                FROM (SELECT s.third_code, s.ann_date, s.end_date, ROW(METRICS)::text AS metrics
                      FROM stock_finance s WHERE s.third_code = ANY(:codes)) r
                WINDOW p AS (PARTITION BY r.third_code, r.end_date ORDER BY r.ann_date)) x
          WHERE x.ann_date BETWEEN :from AND :to) y
        WHERE y.rule IS NOT NULL
      )
      """.replace("METRICS", Arrays.stream(FinanceMetric.values())
          .map(metric -> "s." + metric.column()).collect(Collectors.joining(", ")));

  /**
   * Counts and examples in one answer. Each rule's first row carries its count, each suspended
   * code's first row its day count; the first {@code :examples} findings (suspended days are
   * not findings) come whole.
   */
  static final String TAIL = """
      SELECT * FROM (
        SELECT f.*,
          row_number() OVER (PARTITION BY f.rule = 'suspended'
            ORDER BY f.third_code, f.day, f.rule) AS q_rank,
          count(*) OVER (PARTITION BY f.rule) AS q_rule_count,
          row_number() OVER (PARTITION BY f.rule ORDER BY f.third_code, f.day) AS q_rule_rank,
          count(*) OVER (PARTITION BY f.rule, f.third_code) AS q_code_count,
          row_number() OVER (PARTITION BY f.rule, f.third_code ORDER BY f.day) AS q_code_rank
        FROM f) q
      WHERE (q.rule <> 'suspended' AND q.q_rank <= :examples) OR q.q_rule_rank = 1
         OR (q.rule = 'suspended' AND q.q_code_rank = 1)
      ORDER BY q.third_code, q.day, q.rule
      """;

  private QualitySql() {}

  /** The statement of a check; {@code citus}: the form a Citus coordinator can plan. */
  static String of(Check check, boolean citus) {
    return (switch (check) {
      case GAPS -> GAPS;
      case PRICE_SANITY -> PRICE_SANITY;
      case CONTINUITY -> CONTINUITY;
      case PRICE_LIMITS -> PRICE_LIMITS;
      case ADJ_FACTOR -> ADJ_FACTOR;
      case STALENESS -> STALENESS;
      case FINANCE -> FINANCE;
    } + TAIL)
        .replace("PREVIOUS_BARS", citus ? PREVIOUS_BARS_CITUS : PREVIOUS_BARS)
        .replace("NEWEST_BARS", citus ? NEWEST_BARS_CITUS : NEWEST_BARS);
  }
}
