package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** stock_suspension: upsert and the newest-first search. */
public interface SuspensionMapper {

  @Insert({"<script>INSERT INTO stock_suspension (third_code, trade_date, suspend_timing,",
      "suspend_type) VALUES <foreach collection='rows' item='r' separator=','>",
      "(#{r.thirdCode}, #{r.tradeDate}, #{r.suspendTiming,jdbcType=VARCHAR}, #{r.suspendType})",
      "</foreach> ON CONFLICT (third_code, trade_date) DO UPDATE SET",
      "suspend_timing = EXCLUDED.suspend_timing, suspend_type = EXCLUDED.suspend_type",
      "WHERE (stock_suspension.suspend_timing, stock_suspension.suspend_type)",
      "IS DISTINCT FROM (EXCLUDED.suspend_timing, EXCLUDED.suspend_type)</script>"})
  int upsert(@Param("rows") List<SuspensionRow> rows);

  /** The keyset repeats {@code trade_date <= after} so that it bounds the index scan. */
  @Select({"<script>SELECT third_code, trade_date, suspend_timing, suspend_type",
      "FROM stock_suspension WHERE TRUE",
      "<if test='codes.size() > 0'>AND third_code IN",
      "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></if>",
      "<if test='from != null'>AND trade_date &gt;= #{from}</if>",
      "<if test='to != null'>AND trade_date &lt;= #{to}</if>",
      "<if test='type != null'>AND suspend_type = #{type}</if>",
      "<if test='afterDay != null'>AND trade_date &lt;= #{afterDay}",
      "AND (trade_date &lt; #{afterDay} OR third_code &gt; #{afterCode})</if>",
      "ORDER BY trade_date DESC, third_code LIMIT #{limit}",
      "<if test='afterDay == null'>OFFSET #{skip}</if></script>"})
  List<SuspensionRow> search(@Param("codes") List<String> codes, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("type") String type,
      @Param("afterDay") LocalDate afterDay, @Param("afterCode") String afterCode,
      @Param("skip") int skip, @Param("limit") int limit);
}
