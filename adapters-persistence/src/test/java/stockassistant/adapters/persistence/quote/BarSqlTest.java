package stockassistant.adapters.persistence.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.stock.ThirdCode;

class BarSqlTest {
  private static final ThirdCode CODE = ThirdCode.of("000001.SZ");
  private static final LocalDate FROM = LocalDate.parse("2024-01-01");
  private static final LocalDate TO = LocalDate.parse("2024-12-31");

  @Test
  void oneShapeIsOneTextInstanceWhateverItsValues() {
    String first = BarSql.bars(params(BarQuery.range(CODE, FROM, TO, BarMetric.PRICE_BAR), 1, 0,
        2_000, null));
    String again = BarSql.bars(params(BarQuery.range(ThirdCode.of("600000.SH"),
        FROM.plusDays(3), TO.plusDays(9), BarMetric.PRICE_BAR), 1, 0, 500, null));
    assertThat(again).isSameAs(first).contains("LIMIT #{limit}").doesNotContain("write_version");
  }

  @Test
  void everyThingThatChangesTheTextIsItsOwnShape() {
    BarQuery range = BarQuery.range(CODE, FROM, TO, BarMetric.PRICE_BAR);
    String plain = BarSql.bars(params(range, 1, 0, 2_000, null));
    assertThat(BarSql.barsWithVersion(params(range, 1, 0, 2_000, null)))
        .contains("AS write_version").isNotEqualTo(plain);
    assertThat(BarSql.bars(params(range, 1, 0, 2_000, LocalDate.parse("2024-03-01"))))
        .contains("d.trade_date > #{afterDate}");
    assertThat(BarSql.bars(params(range, 1, 5, 2_000, null))).contains("OFFSET #{skip}");
    assertThat(BarSql.bars(params(BarQuery.range(CODE, FROM, TO, EnumSet.of(BarMetric.PE_TTM)), 1, 0,
        2_000, null))).contains("d.pe_ttm").doesNotContain("d.open");
    assertThat(BarSql.bars(params(BarQuery.range(CODE, FROM, null, BarMetric.PRICE_BAR), 1, 0,
        2_000, null))).contains("d.trade_date >= #{from}").doesNotContain("BETWEEN");
    assertThat(BarSql.bars(params(BarQuery.day(FROM, BarMetric.PRICE_BAR), 0, 0, 2_000, null)))
        .contains("s.name AS stock_name", "ORDER BY d.third_code");
    assertThat(BarSql.bars(params(BarQuery.newest(CODE, 1, BarMetric.PRICE_BAR), 1, 0, 1, null)))
        .endsWith("LIMIT 1");
    assertThat(BarSql.bars(params(BarQuery.newest(CODE, 5, BarMetric.PRICE_BAR), 1, 0, 5, null)))
        .endsWith("LIMIT 5");
    assertThat(BarSql.bars(params(range, 3, 0, 2_000, null)))
        .contains("IN (#{codes[0]}, #{codes[1]}, #{codes[2]})");
  }

  private static Map<String, Object> params(BarQuery query, int codes, int skip, int limit,
      LocalDate afterDate) {
    var params = new HashMap<String, Object>();
    params.put("query", query);
    params.put("codes", Collections.nCopies(codes, "000001.SZ"));
    params.put("skip", skip);
    params.put("limit", limit);
    params.put("afterDate", afterDate);
    params.put("afterCode", afterDate == null ? null : "000001.SZ");
    return params;
  }
}
