package stockassistant.adapters.persistence.sync;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import stockassistant.domain.sync.RejectedRow;
import stockassistant.domain.sync.SyncRun;

/** SQL of the sync's bookkeeping: sync_day (the watermark), sync_run and sync_rejected. */
public interface SyncMapper {

  @Select("SELECT trade_date, rows, missing, attempts FROM sync_day"
      + " WHERE trade_date BETWEEN #{from} AND #{to} ORDER BY trade_date")
  List<DayRow> marks(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Select("SELECT trade_date, rows, missing, attempts FROM sync_day WHERE missing <> ''"
      + " ORDER BY trade_date LIMIT #{limit}")
  List<DayRow> incomplete(@Param("limit") int limit);

  // now() in VALUES, not in DO UPDATE SET: Citus refuses a non-immutable function there (sync_day
  // is a reference table on a cluster) but evaluates one in VALUES on the coordinator; same time
  @Insert("INSERT INTO sync_day (trade_date, rows, missing, attempts, synced_at) VALUES"
      + " (#{tradeDate}, #{rows}, #{missing}, #{attempts}, now()) ON CONFLICT (trade_date)"
      + " DO UPDATE SET rows = EXCLUDED.rows, missing = EXCLUDED.missing,"
      + " attempts = EXCLUDED.attempts, synced_at = EXCLUDED.synced_at")
  int mark(DayRow row);

  @Select("SELECT max(trade_date) FROM sync_day")
  LocalDate newest();

  /** Runs left 'running' by a process that died: the caller holds the sync lock, so none runs. */
  @Update("UPDATE sync_run SET outcome = 'interrupted', finished_at = now(),"
      + " message = 'the process running it stopped before it finished' WHERE outcome = 'running'")
  int closeInterrupted();

  @Select("INSERT INTO sync_run (request) VALUES (#{request}) RETURNING id")
  long begin(@Param("request") String request);

  @Update("UPDATE sync_run SET finished_at = now(), outcome = #{outcome}, message = #{message},"
      + " days = #{days}, rows = #{rows}, calls = #{calls}, waits = #{waits},"
      + " rejected = #{rejected} WHERE id = #{id}")
  int finish(SyncRun run);

  @Insert({"<script>INSERT INTO sync_rejected (run_id, api, trade_date, row_text, reason) VALUES ",
      "<foreach collection='rows' item='r' separator=','>",
      "(#{runId}, #{r.api}, #{r.day}, #{r.row}, #{r.reason})</foreach></script>"})
  int reject(@Param("runId") long runId, @Param("rows") List<RejectedRow> rows);

  @Select("SELECT id, started_at, finished_at, request, outcome, message, days, rows, calls,"
      + " waits, rejected FROM sync_run ORDER BY id DESC LIMIT 1")
  RunRow last();

  @Select("SELECT api, trade_date AS day, row_text AS row, reason FROM sync_rejected"
      + " ORDER BY id DESC LIMIT #{limit}")
  List<RejectedRow> recentRejected(@Param("limit") int limit);
}
