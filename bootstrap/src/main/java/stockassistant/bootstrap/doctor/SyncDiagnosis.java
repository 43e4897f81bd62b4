package stockassistant.bootstrap.doctor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import stockassistant.adapters.persistence.pool.DatabaseTarget;
import stockassistant.bootstrap.config.AppConfig;

/**
 * doctor's sync lines: whether a token is set (never its value), the last run, freshness (the
 * newest stored trade day against the newest open SSE day up to today in Shanghai), days waiting
 * for late data, and the refused upstream rows with the newest one. Informational: a store that
 * was never synced is not a failure.
 */
public final class SyncDiagnosis {
  private SyncDiagnosis() {}

  public static void report(DatabaseTarget target, AppConfig config, Map<String, Object> report) {
    var sync = new LinkedHashMap<String, Object>();
    sync.put("tushare_token", config.sync().token().isPresent() ? "set" : "unset");
    sync.put("tushare_url", config.sync().url().toString());
    sync.put("schedule", config.sync().syncAt().map(at -> "daily at " + at + " Asia/Shanghai")
        .orElse("off"));
    try (Connection connection = DatabaseDiagnosis.connect(target, config.pool());
        Statement statement = connection.createStatement()) {
      try (ResultSet run = statement.executeQuery("SELECT outcome, finished_at, days, rows, "
          + "rejected, message FROM sync_run ORDER BY id DESC LIMIT 1")) {
        sync.put("last_run", run.next() ? run.getString(1) + " at " + run.getString(2) + ": "
            + run.getInt(3) + " day(s), " + run.getLong(4) + " row(s), " + run.getInt(5)
            + " rejected" + (run.getString(6) == null ? "" : " (" + run.getString(6) + ")")
            : "never");
      }
      try (ResultSet fresh = statement.executeQuery("SELECT (SELECT max(trade_date) FROM "
          + "sync_day), (SELECT max(cal_date) FROM trade_calendar WHERE exchange = 'SSE' AND "
          + "is_open AND cal_date <= (now() AT TIME ZONE 'Asia/Shanghai')::date), (SELECT "
          + "count(*) FROM sync_day WHERE missing <> '')")) {
        fresh.next();
        sync.put("freshness", "newest stored day " + fresh.getString(1) + ", newest open day "
            + fresh.getString(2));
        sync.put("incomplete_days", fresh.getLong(3));
      }
      try (ResultSet rejected = statement.executeQuery("SELECT (SELECT count(*) FROM "
          + "sync_rejected), api, trade_date, reason FROM sync_rejected ORDER BY id DESC LIMIT 1")) {
        sync.put("rejected_rows", rejected.next() ? rejected.getLong(1) + ", newest: "
            + rejected.getString(2) + " " + rejected.getString(3) + ": " + rejected.getString(4)
            : "0");
      }
    } catch (SQLException unavailable) {
      sync.put("state", "unknown (" + unavailable.getMessage() + ")");
    }
    report.put("sync", sync);
  }
}
