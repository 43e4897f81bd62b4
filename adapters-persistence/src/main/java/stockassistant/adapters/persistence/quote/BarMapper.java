package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Lang;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.UpdateProvider;
import stockassistant.domain.quote.BarPage;
import stockassistant.domain.quote.BarQuery;
import stockassistant.domain.quote.VersionedBarPage;

/**
 * The reads of stock_daily; SQL in {@link BarSql}. {@link #bars} answers a {@link BarPage}
 * ({@link #barsWithVersion} one with the write version),
 * which {@link BarPageRows} fills straight from the result set (registered in
 * {@code MyBatisSessions}); the others are single values. Writes go through
 * {@link BarRows#writer}.
 */
public interface BarMapper {

  @SelectProvider(type = BarSql.class, method = "bars")
  @Lang(ParsedOnce.class)
  BarPage bars(@Param("query") BarQuery query, @Param("codes") List<String> codes,
      @Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("afterCode") String afterCode, @Param("afterDate") LocalDate afterDate,
      @Param("skip") int skip, @Param("limit") int limit);

  /** {@link #bars}' first page and the write version, in one statement. */
  @SelectProvider(type = BarSql.class, method = "barsWithVersion")
  @Lang(ParsedOnce.class)
  VersionedBarPage barsWithVersion(@Param("query") BarQuery query,
      @Param("codes") List<String> codes, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("afterCode") String afterCode,
      @Param("afterDate") LocalDate afterDate, @Param("skip") int skip, @Param("limit") int limit);

  @SelectProvider(type = BarSql.class, method = "latestAdjFactor")
  Double latestAdjFactor(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @SelectProvider(type = BarSql.class, method = "tradeDays")
  List<LocalDate> tradeDays(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("limit") int limit);

  @SelectProvider(type = BarSql.class, method = "tradeDaysByScan")
  List<LocalDate> tradeDaysByScan(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("limit") int limit);

  @SelectProvider(type = BarSql.class, method = "tradeDayBefore")
  LocalDate tradeDayBefore(@Param("day") LocalDate day);

  @SelectProvider(type = BarSql.class, method = "earliestTradeDate")
  LocalDate earliestTradeDate();

  @SelectProvider(type = BarSql.class, method = "writeVersion")
  long writeVersion();

  @UpdateProvider(type = BarSql.class, method = "bumpWriteVersion")
  int bumpWriteVersion();

  @SelectProvider(type = BarSql.class, method = "latestTradeDate")
  LocalDate latestTradeDate();
}
