package stockassistant.adapters.persistence.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.InsertProvider;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.session.ResultHandler;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.quote.MarketBar;

/**
 * SQL of stock_daily. Column lists come from {@link BarSql} (derived from the metric enum), so
 * the statements are providers rather than XML. Range reads hand each row to a result handler as
 * it arrives ({@code fetchSize} rows per round trip), turned into a record by
 * {@link DailyBarTypeHandler}: one pass of MyBatis's row loop rather than a cursor's per-row
 * re-entry, which measured faster on the hot read path.
 */
public interface DailyBarMapper {

  @SelectProvider(type = BarSql.class, method = "priceBars")
  @ResultType(DailyBar.class)
  void priceBars(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to, ResultHandler<DailyBar> rows);

  @SelectProvider(type = BarSql.class, method = "valuationBars")
  @ResultType(DailyBar.class)
  void valuationBars(@Param("code") String code, @Param("from") LocalDate from,
      @Param("to") LocalDate to, ResultHandler<DailyBar> rows);

  @SelectProvider(type = BarSql.class, method = "latest")
  DailyBar latest(@Param("code") String code);

  @Select("SELECT max(trade_date) FROM stock_daily")
  LocalDate latestTradeDate();

  @SelectProvider(type = BarSql.class, method = "crossSection")
  @ResultType(MarketBar.class)
  void crossSection(@Param("tradeDate") LocalDate tradeDate, ResultHandler<MarketBar> rows);

  /** The row path (multi-VALUES); kept to check the COPY path against and for small batches. */
  @InsertProvider(type = BarSql.class, method = "upsertRows")
  int upsertRows(@Param("rows") List<Map<String, Object>> rows);
}
