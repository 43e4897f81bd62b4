package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;
import stockassistant.domain.quote.BarMetric;
import stockassistant.domain.quote.DailyBar;

/** Searches of stock_daily (several codes, newest first, trade days); SQL in {@link BarSearchSql}. */
public interface BarSearchMapper {

  @SelectProvider(type = BarSearchSql.class, method = "newestFirst")
  List<DailyBar> newestFirst(@Param("codes") List<String> codes, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("columns") Set<BarMetric> columns,
      @Param("known") BarMetric known, @Param("afterDate") LocalDate afterDate,
      @Param("afterCode") String afterCode, @Param("skip") int skip, @Param("limit") int limit);

  @SelectProvider(type = BarSearchSql.class, method = "latestAdjFactor")
  Double latestAdjFactor(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @SelectProvider(type = BarSearchSql.class, method = "tradeDays")
  List<LocalDate> tradeDays(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("limit") int limit);

  @SelectProvider(type = BarSearchSql.class, method = "tradeDayBefore")
  LocalDate tradeDayBefore(@Param("day") LocalDate day);

  @SelectProvider(type = BarSearchSql.class, method = "earliestTradeDate")
  LocalDate earliestTradeDate();
}
