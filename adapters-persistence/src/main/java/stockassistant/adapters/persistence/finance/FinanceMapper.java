package stockassistant.adapters.persistence.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;

/** Reads of stock_finance; its 87 indicator columns come from {@link FinanceSql}. */
public interface FinanceMapper {

  @SelectProvider(type = FinanceSql.class, method = "recent")
  List<Map<String, Object>> recent(@Param("code") String code, @Param("limit") int limit);

  @SelectProvider(type = FinanceSql.class, method = "asOf")
  List<Map<String, Object>> asOf(@Param("code") String code, @Param("asOf") LocalDate asOf,
      @Param("limit") int limit);
}
