package stockassistant.adapters.persistence.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;

/** The filtered, paged report list; SQL in {@link FinanceSearchSql}. */
public interface FinanceSearchMapper {

  @SelectProvider(type = FinanceSearchSql.class, method = "search")
  List<Map<String, Object>> search(@Param("codes") List<String> codes,
      @Param("annDate") LocalDate annDate, @Param("periodFrom") LocalDate periodFrom,
      @Param("periodTo") LocalDate periodTo, @Param("afterEnd") LocalDate afterEnd,
      @Param("afterAnn") LocalDate afterAnn, @Param("afterCode") String afterCode,
      @Param("skip") int skip, @Param("limit") int limit);
}
