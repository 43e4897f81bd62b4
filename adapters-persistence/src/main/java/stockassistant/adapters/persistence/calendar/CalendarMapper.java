package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** trade_calendar: upsert, the newest-first page, the newest open day, open days counted. */
public interface CalendarMapper {

  /** Identical rows write nothing (a re-sync of the same calendar touches no page). */
  @Insert({"<script>INSERT INTO trade_calendar (exchange, cal_date, is_open, pretrade_date) VALUES",
      "<foreach collection='rows' item='r' separator=','>",
      "(#{r.exchange}, #{r.calDate}, #{r.isOpen}, #{r.pretradeDate,jdbcType=DATE})</foreach>",
      "ON CONFLICT (exchange, cal_date) DO UPDATE SET is_open = EXCLUDED.is_open,",
      "pretrade_date = EXCLUDED.pretrade_date",
      "WHERE (trade_calendar.is_open, trade_calendar.pretrade_date)",
      "IS DISTINCT FROM (EXCLUDED.is_open, EXCLUDED.pretrade_date)</script>"})
  int upsert(@Param("rows") List<CalendarRow> rows);

  @Select("SELECT EXISTS (SELECT 1 FROM trade_calendar WHERE exchange = #{exchange})")
  boolean holds(@Param("exchange") String exchange);

  @Select({"<script>SELECT exchange, cal_date, is_open, pretrade_date FROM trade_calendar",
      "WHERE exchange = #{exchange}",
      "<if test='from != null'>AND cal_date &gt;= #{from}</if>",
      "<if test='to != null'>AND cal_date &lt;= #{to}</if>",
      "<if test='before != null'>AND cal_date &lt; #{before}</if>",
      "<if test='open != null'>AND is_open = #{open}</if>",
      "ORDER BY cal_date DESC LIMIT #{limit}",
      "<if test='before == null'>OFFSET #{skip}</if></script>"})
  List<CalendarRow> days(@Param("exchange") String exchange, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("open") Boolean open, @Param("before") LocalDate before,
      @Param("skip") int skip, @Param("limit") int limit);

  @Select("SELECT max(cal_date) FROM trade_calendar WHERE exchange = #{exchange} AND is_open"
      + " AND cal_date <= #{notAfter}")
  LocalDate newestOpenDay(@Param("exchange") String exchange,
      @Param("notAfter") LocalDate notAfter);

  @Select("SELECT count(*) FROM trade_calendar WHERE exchange = #{exchange} AND is_open"
      + " AND cal_date > #{after} AND cal_date <= #{upTo}")
  int openDaysBetween(@Param("exchange") String exchange, @Param("after") LocalDate after,
      @Param("upTo") LocalDate upTo);
}
