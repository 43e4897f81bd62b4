package stockassistant.adapters.persistence.stock;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;

/** The filtered, paged stock list; SQL in {@link StockSearchSql}. */
public interface StockSearchMapper {

  @SelectProvider(type = StockSearchSql.class, method = "search")
  List<StockRow> search(@Param("codes") List<String> codes, @Param("name") String name,
      @Param("market") String market, @Param("listStatus") String listStatus,
      @Param("exchange") String exchange, @Param("isHs") String isHs,
      @Param("after") String after, @Param("skip") int skip, @Param("limit") int limit);
}
