package stockassistant.adapters.persistence.stock;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of stock_info; the statements live in StockMapper.xml. */
public interface StockMapper {

  StockRow findBySymbol(String symbol);

  StockRow findByThirdCode(String thirdCode);

  List<StockRow> findByThirdCodes(@Param("codes") Collection<String> codes);

  List<StockRow> list(@Param("skip") int skip, @Param("limit") int limit);

  /** {@code pattern} is {@code text} with LIKE's wildcards escaped. */
  List<StockRow> search(@Param("text") String text, @Param("pattern") String pattern,
      @Param("limit") int limit);

  StockRow upsert(StockRow row);

  int upsertAll(@Param("rows") List<StockRow> rows);

  List<String> missingFinance(@Param("period") LocalDate period,
      @Param("checkedBefore") LocalDate checkedBefore, @Param("limit") int limit);

  int markFinanceSynced(@Param("codes") Collection<String> codes,
      @Param("syncDate") LocalDate syncDate);
}
