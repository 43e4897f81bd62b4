package stockassistant.adapters.persistence.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;

/** SQL of trade_calendar and stock_suspension. */
public interface CalendarMapper {

  @Insert({"<script>INSERT INTO trade_calendar (exchange, cal_date, is_open, pretrade_date) VALUES ",
      "<foreach collection='rows' item='r' separator=','>",
      "(#{r.exchange}, #{r.calDate}, #{r.open}, #{r.pretradeDate})</foreach>",
      " ON CONFLICT (exchange, cal_date) DO UPDATE SET is_open = EXCLUDED.is_open,",
      " pretrade_date = EXCLUDED.pretrade_date</script>"})
  int upsertDays(@Param("rows") List<ExchangeDay> rows);

  @Insert({"<script>INSERT INTO stock_suspension (third_code, trade_date, suspend_timing, suspend_type)",
      " VALUES <foreach collection='rows' item='r' separator=','>",
      "(#{r.thirdCode.value}, #{r.tradeDate}, #{r.suspendTiming}, #{r.suspendType})</foreach>",
      " ON CONFLICT (third_code, trade_date) DO UPDATE SET suspend_timing = EXCLUDED.suspend_timing,",
      " suspend_type = EXCLUDED.suspend_type</script>"})
  int upsertSuspensions(@Param("rows") List<Suspension> rows);

  @Select("SELECT cal_date FROM trade_calendar WHERE exchange = #{exchange} AND is_open"
      + " AND cal_date BETWEEN #{from} AND #{to} ORDER BY cal_date")
  List<LocalDate> openDays(@Param("exchange") String exchange, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Select("SELECT max(cal_date) FROM trade_calendar WHERE exchange = #{exchange} AND is_open"
      + " AND cal_date <= #{day}")
  LocalDate newestOpenDay(@Param("exchange") String exchange, @Param("day") LocalDate day);
}
