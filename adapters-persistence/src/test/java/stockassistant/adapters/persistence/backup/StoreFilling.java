package stockassistant.adapters.persistence.backup;

import stockassistant.adapters.persistence.pool.DatabaseTarget;

/** Rows in every table of the current schema, with every kind of value each column admits. */
final class StoreFilling {
  private StoreFilling() {}

  static void everyTableAndType(DatabaseTarget target) {
    ScratchDatabases.execute(target,
        // identity values with a gap, so a restore must keep them rather than renumber
        "INSERT INTO stock_info (id, third_code, symbol, name, area, industry, market, list_date, "
            + "delist_date, fullname, enname, cnspell, exchange, curr_type, list_status, is_hs, "
            + "source, last_finance_sync_date) OVERRIDING SYSTEM VALUE VALUES "
            + "(7, '000001.SZ', '000001', '平安银行', '深圳', '银行', '主板', '1991-04-03', NULL, "
            + "'平安银行股份有限公司', 'Ping An Bank Co., Ltd.', 'payh', 'SZSE', 'CNY', 'L', 'S', "
            + "'tushare', '2024-05-01'),"
            + "(42, '430047.BJ', '430047', '诺思兰德', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
            + "NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
            + "(43, '600000.SH', '600000', 'quote''s \"tab\"\tand\nnewline\\', '上海', '银行', "
            + "'主板', '1999-11-10', '9999-12-31', repeat('长', 200), repeat('x', 200), 'pfyh', "
            + "'SSE', 'CNY', 'D', 'N', 'csv', '0001-01-01')",
        "INSERT INTO stock_daily (third_code, trade_date, open, high, low, close, pre_close, "
            + "change, pct_chg, vol, amount, adj_factor, pe, pb, total_mv, source) VALUES "
            + "('000001.SZ', '2024-01-02', 9.39, 9.42, 9.21, 9.21, 9.39, -0.18, -1.9169, "
            + "1158366.45, 1075742.252, 108.031, 4.6, 0.5, 17874400.5, 'tushare'),"
            + "('000001.SZ', '2024-01-03', " + Double.MAX_VALUE + ", " + -Double.MAX_VALUE + ", "
            + Double.MIN_VALUE + ", 'NaN', 'Infinity', '-Infinity', -0.0, 0, "
            + "0.1, 1e-300, 123456789012345.67, NULL, NULL, NULL),"
            + "('430047.BJ', '2024-01-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
            + "NULL, NULL, NULL, NULL, NULL)",
        "INSERT INTO stock_finance (third_code, ann_date, end_date, eps, roe, debt_to_eqt, "
            + "interst_income, longdeb_to_debt, source) VALUES "
            + "('000001.SZ', '2024-04-20', '2024-03-31', 0.66, 2.96, NULL, 'NaN', 1e308, 'tushare'),"
            + "('600000.SH', '2024-04-27', '2024-03-31', NULL, NULL, NULL, NULL, NULL, NULL)",
        "INSERT INTO llm_configs (id, alias, vendor, provider_type, model_name, api_key, base_url, "
            + "description, priority, tags, is_active, created_at, updated_at) "
            + "OVERRIDING SYSTEM VALUE VALUES "
            + "(3, 'qwen', '阿里', 'openai', 'qwen-max', "
            + "'sealed:v1:AAAAAAAAAAAAAAAA:c2VjcmV0LWJ1dC1lbmNyeXB0ZWQ=', "
            + "'https://dashscope.example/v1', '通义千问', 10, "
            + "'{\"tags\": [\"中文\", \"fast\"], \"weight\": 0.5, \"nested\": {\"a\": null}}', true, "
            + "'2024-01-02 03:04:05.123456+00', '2024-06-07 08:09:10.654321+08'),"
            + "(9, 'bare', 'x', 'y', 'z', 'sealed:v1:BBBB:Zm9v', NULL, NULL, NULL, NULL, NULL, "
            + "'1970-01-01 00:00:00+00', 'infinity')");
    fillLaterTables(target);
  }

  /** Tables of V3 (trade_calendar, stock_suspension), when the schema has them. */
  private static void fillLaterTables(DatabaseTarget target) {
    if (ScratchDatabases.count(target,
        "SELECT count(*) FROM pg_tables WHERE tablename = 'trade_calendar'") == 1) {
      ScratchDatabases.execute(target,
          "INSERT INTO trade_calendar VALUES ('SSE', '2024-01-02', true, '2023-12-29'), "
              + "('SSE', '2024-01-06', false, NULL)",
          "INSERT INTO stock_suspension VALUES ('000001.SZ', '2024-01-04', '09:30-10:30', 'S'), "
              + "('000001.SZ', '2024-01-05', NULL, 'R')");
    }
  }

  /** {@code bars} random bars over 5,000 codes from 1990 on, to make a backup take a while. */
  static void manyBars(DatabaseTarget target, int bars) {
    ScratchDatabases.execute(target, "INSERT INTO stock_daily (third_code, trade_date, open, "
        + "high, low, close, vol, amount, pe, total_mv) "
        + "SELECT lpad((n % 5000)::text, 6, '0') || '.SZ', date '1990-01-01' + (n / 5000), "
        + "random(), random(), random(), random(), random() * 1e6, random() * 1e7, random() * 50, "
        + "random() * 1e9 FROM generate_series(0, " + (bars - 1) + ") n");
  }
}
