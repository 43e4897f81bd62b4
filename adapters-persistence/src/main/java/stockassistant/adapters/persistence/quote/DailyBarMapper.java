package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import stockassistant.domain.quote.DailyBar;

/**
 * The small reads of stock_daily (one bar, one date). Column lists come from {@link BarSql}
 * (derived from the metric enum), so the statements are providers rather than XML; rows become
 * records through {@link BarRowReader}. Pages of bars are read by {@link BarPageReader}; writes
 * go through {@link BarRows#writer}.
 */
public interface DailyBarMapper {

  @SelectProvider(type = BarSql.class, method = "latest")
  DailyBar latest(@Param("code") String code);

  @Select("SELECT max(trade_date) FROM stock_daily")
  LocalDate latestTradeDate();
}
