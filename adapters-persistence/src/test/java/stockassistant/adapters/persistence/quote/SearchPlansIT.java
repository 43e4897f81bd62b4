package stockassistant.adapters.persistence.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.MyBatisSessions;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.adapters.persistence.testing.TestDatabase;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.stock.ThirdCode;

/**
 * The plans of the search statements, as MyBatis sends them, on a market big enough for the
 * planner to care (1,200 codes x 2 years of weekdays, ~620,000 bars): stock_daily will hold
 * ~40 million rows, so no statement may read it with a sequential scan.
 */
class SearchPlansIT {
  private static final String BARS = "stockassistant.adapters.persistence.quote.BarMapper.";
  private static final String REPORTS =
      "stockassistant.adapters.persistence.finance.FinanceSearchMapper.";
  private static Persistence persistence;
  private static Configuration configuration;

  @BeforeAll
  static void loadAMarket() {
    TestDatabase.truncateAll();
    TestDatabase.execute("INSERT INTO stock_daily (third_code, trade_date, open, high, low, close,"
        + " adj_factor) SELECT lpad(c::text, 6, '0') || '.SZ', d::date, 10, 11, 9, 10,"
        + " CASE WHEN c % 7 = 0 THEN NULL ELSE 1.0 END"
        + " FROM generate_series(1, 1200) c,"
        + " generate_series(date '2023-01-02', date '2024-12-31', interval '1 day') d"
        + " WHERE extract(isodow FROM d) < 6");
    TestDatabase.execute("INSERT INTO stock_finance (third_code, ann_date, end_date, eps)"
        + " SELECT lpad(c::text, 6, '0') || '.SZ', e + 25, e, 0.1"
        + " FROM generate_series(1, 1200) c, unnest(ARRAY[date '2015-03-31', date '2015-06-30',"
        + " date '2015-09-30', date '2015-12-31'] || (SELECT array_agg(d::date) FROM"
        + " generate_series(date '2016-03-31', date '2024-12-31', interval '3 months') d)) e");
    TestDatabase.execute("ANALYZE stock_daily");
    TestDatabase.execute("ANALYZE stock_finance");
    persistence = TestDatabase.persistence();
    configuration = MyBatisSessions.create(persistence.pool().dataSource()).getConfiguration();
  }

  @AfterAll
  static void close() {
    persistence.close();
    TestDatabase.truncateAll();
  }

  @Test
  void oneCodeNewestFirstReadsThePrimaryKey() {
    // an index scan backwards or a bitmap scan plus a top-N sort of one code's rows: both bounded
    assertThat(plan(BARS + "bars", newestFirst(List.of("000042.SZ"), null, null)))
        .contains("pk_stock_daily").doesNotContain("Seq Scan");
    assertThat(plan(BARS + "bars",
        newestFirst(List.of("000042.SZ"), LocalDate.parse("2024-06-03"), "000042.SZ")))
        .contains("pk_stock_daily").doesNotContain("Seq Scan");
  }

  @Test
  void severalCodesTheWholeMarketAndOneDayUseAnIndex() {
    for (Map<String, Object> search : List.of(
        newestFirst(List.of("000042.SZ", "000043.SZ"), null, null),
        newestFirst(codes(300), null, null),
        newestFirst(List.of(), null, null),
        newestFirst(List.of(), LocalDate.parse("2024-06-03"), "000500.SZ"),
        day(LocalDate.parse("2024-06-03")),
        known(newestFirst(List.of(), null, null)))) {
      assertThat(plan(BARS + "bars", search)).as(search.toString())
          .doesNotContain("Seq Scan").contains("Index");
    }
  }

  @Test
  void rangesCrossSectionsAndPanelsUseAnIndexOnEveryPage() {
    var range = BarQuery.range(ThirdCode.of("000042.SZ"), LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-12-31"), BarMetric.PRICE_BAR);
    var day = BarQuery.day(LocalDate.parse("2024-06-03"), BarMetric.PRICE_BAR);
    var panel = new BarQuery(List.of(ThirdCode.of("000042.SZ"), ThirdCode.of("000043.SZ")),
        LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), null, BarMetric.PRICE_BAR,
        null, false, BarQuery.Order.CODE_THEN_DAY);
    var market = panel.between(LocalDate.parse("2024-06-03"), LocalDate.parse("2024-06-07"));
    market = new BarQuery(List.of(), market.from(), market.to(), null, market.columns(), null,
        false, BarQuery.Order.CODE_THEN_DAY);
    for (BarQuery query : List.of(range, day, panel, market)) {
      for (boolean firstPage : List.of(true, false)) {
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
        params.put("codes", query.codes().stream().map(ThirdCode::value).toList());
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("afterCode", firstPage ? null : "000042.SZ");
        params.put("afterDate", firstPage ? null : LocalDate.parse("2024-06-03"));
        params.put("skip", 0);
        params.put("limit", 2000);
        assertThat(plan(BARS + "bars", params)).as(query + (firstPage ? "" : " after a key"))
            .doesNotContain("Seq Scan on stock_daily").contains("Index");
      }
    }
  }

  @Test
  void theReferenceFactorAndTheTradeDaysUseAnIndex() {
    Map<String, Object> range = new HashMap<>();
    range.put("code", "000042.SZ");
    range.put("from", LocalDate.parse("1990-01-01"));
    range.put("to", LocalDate.parse("2024-06-03"));
    range.put("limit", 2000);
    range.put("day", LocalDate.parse("2024-06-03"));

    for (String statement : List.of("latestAdjFactor", "tradeDays", "tradeDayBefore",
        "earliestTradeDate")) {
      assertThat(plan(BARS + statement, range)).as(statement).doesNotContain("Seq Scan")
          .contains("Index");
    }
  }

  @Test
  void financeSearchesUseAnIndex() {
    for (List<String> codes : List.of(List.of("000042.SZ"), codes(50), List.<String>of())) {
      Map<String, Object> search = new HashMap<>();
      search.put("codes", codes);
      search.put("skip", 0);
      search.put("limit", 1000);
      assertThat(plan(REPORTS + "search", search)).as(codes.size() + " codes")
          .doesNotContain("Seq Scan").contains("Index");
    }
  }

  private static Map<String, Object> newestFirst(List<String> codes, LocalDate afterDate,
      String afterCode) {
    Map<String, Object> params = new HashMap<>();
    params.put("codes", codes);
    params.put("from", LocalDate.parse("1990-01-01"));
    params.put("to", LocalDate.parse("9999-12-31"));
    params.put("query", BarQuery.newestFirst(codes.stream().map(ThirdCode::of).toList(),
        LocalDate.parse("1990-01-01"), LocalDate.parse("9999-12-31"), BarMetric.PRICE_BAR, null));
    params.put("afterDate", afterDate);
    params.put("afterCode", afterCode);
    params.put("skip", 0);
    params.put("limit", 2000);
    return params;
  }

  private static Map<String, Object> day(LocalDate day) {
    Map<String, Object> params = newestFirst(List.of(), null, null);
    params.put("from", day);
    params.put("to", day);
    params.put("query", ((BarQuery) params.get("query")).between(day, day));
    return params;
  }

  private static Map<String, Object> known(Map<String, Object> params) {
    params.put("query", BarQuery.newestFirst(List.of(), LocalDate.parse("1990-01-01"),
        LocalDate.parse("9999-12-31"), Set.of(BarMetric.ADJ_FACTOR), BarMetric.ADJ_FACTOR));
    return params;
  }

  private static List<String> codes(int count) {
    var codes = new ArrayList<String>();
    for (int i = 1; i <= count; i++) {
      codes.add(String.format("%06d.SZ", i * 3));
    }
    return codes;
  }

  /** EXPLAIN of the statement MyBatis builds for these parameters, with them bound. */
  private static String plan(String statement, Map<String, Object> params) {
    BoundSql bound = configuration.getMappedStatement(statement).getBoundSql(params);
    MetaObject values = configuration.newMetaObject(params);
    try (Connection connection = TestDatabase.connect();
        PreparedStatement explain = connection.prepareStatement("EXPLAIN " + bound.getSql())) {
      int index = 1;
      for (ParameterMapping mapping : bound.getParameterMappings()) {
        String property = mapping.getProperty();
        Object value = bound.hasAdditionalParameter(property)
            ? bound.getAdditionalParameter(property) : values.getValue(property);
        explain.setObject(index++, value instanceof LocalDate day ? Date.valueOf(day) : value);
      }
      var plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
