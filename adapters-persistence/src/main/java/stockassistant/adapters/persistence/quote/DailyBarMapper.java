package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;

/**
 * Reads of stock_daily. Column lists come from {@link BarSql} (derived from the metric enum), so
 * the statements are providers rather than XML. Rows become records through {@link BarRowReader},
 * registered for the two result types. Writes go through {@link BarRows#writer}.
 */
public interface DailyBarMapper {

  @SelectProvider(type = BarSql.class, method = "priceBars")
  List<DailyBar> priceBars(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("limit") int limit);

  @SelectProvider(type = BarSql.class, method = "fullBars")
  List<DailyBar> fullBars(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("limit") int limit);

  @SelectProvider(type = BarSql.class, method = "latest")
  DailyBar latest(@Param("code") String code);

  @Select("SELECT max(trade_date) FROM stock_daily")
  LocalDate latestTradeDate();

  @SelectProvider(type = BarSql.class, method = "crossSection")
  List<MarketBar> crossSection(@Param("tradeDate") LocalDate tradeDate,
      @Param("after") String after, @Param("limit") int limit);
}
