package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.InsertProvider;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.cursor.Cursor;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;

/**
 * SQL of stock_daily. Column lists come from {@link BarSql} (derived from the metric enum), so
 * the statements are providers rather than XML. Range reads return cursors: rows stream from the
 * database {@code fetchSize} at a time, each turned into a record by {@link DailyBarTypeHandler}.
 */
public interface DailyBarMapper {

  @SelectProvider(type = BarSql.class, method = "priceBars")
  Cursor<DailyBar> priceBars(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @SelectProvider(type = BarSql.class, method = "valuationBars")
  Cursor<DailyBar> valuationBars(@Param("code") String code,
      @Param("from") LocalDate from, @Param("to") LocalDate to);

  @SelectProvider(type = BarSql.class, method = "latest")
  DailyBar latest(@Param("code") String code);

  @Select("SELECT max(trade_date) FROM stock_daily")
  LocalDate latestTradeDate();

  @SelectProvider(type = BarSql.class, method = "crossSection")
  Cursor<MarketBar> crossSection(@Param("tradeDate") LocalDate tradeDate);

  /** The row path (multi-VALUES); kept to check the COPY path against and for small batches. */
  @InsertProvider(type = BarSql.class, method = "upsertRows")
  int upsertRows(@Param("rows") List<Map<String, Object>> rows);
}
