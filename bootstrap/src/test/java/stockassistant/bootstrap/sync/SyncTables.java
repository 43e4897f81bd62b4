package stockassistant.bootstrap.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** The tables the sync fills besides the four every test empties, and the store as text. */
final class SyncTables {
  private SyncTables() {}

  static void empty() {
    TestDatabase.execute("TRUNCATE trade_calendar, stock_suspension, sync_day, sync_run, "
        + "sync_rejected, stock_info, stock_daily, stock_finance");
  }

  /**
   * What a sync leaves, row by row: bars, stocks, finance, calendars, suspensions and the
   * watermark's days (not when they were written).
   */
  static String store() {
    return String.join("\n---\n", TestDatabase.dump("stock_daily"),
        TestDatabase.dump("(SELECT third_code, symbol, name, area, industry, market, list_date, "
            + "delist_date, fullname, enname, cnspell, exchange, curr_type, list_status, is_hs, "
            + "source, last_finance_sync_date FROM stock_info)"),
        TestDatabase.dump("stock_finance"), TestDatabase.dump("trade_calendar"),
        TestDatabase.dump("stock_suspension"),
        TestDatabase.dump("(SELECT trade_date, rows, missing FROM sync_day)"));
  }

  static String single(String sql) {
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
