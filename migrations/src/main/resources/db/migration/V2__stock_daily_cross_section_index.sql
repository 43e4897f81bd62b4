-- Full-market scale (docs/BENCHMARKS.md, "The database at 40 million rows").
--
-- A cross-section is read as keyset pages of one day:
--   WHERE trade_date = ? AND third_code > ? ORDER BY third_code LIMIT n
-- On (trade_date) alone PostgreSQL fetches every bar of the day for every page and sorts them;
-- on (trade_date, third_code) each page is one index range scan that starts at the key, is
-- already in order and stops at the limit. The new index answers everything the old one did,
-- so the old one goes.
--
-- Upgrading in place: this runs at start, inside Flyway's transaction, so it is a plain
-- CREATE INDEX (never CONCURRENTLY at start: see shared/FIELD-NOTES.md). It takes a SHARE lock:
-- reads go on, writes wait. Measured at 40 million rows: see docs/BENCHMARKS.md; on a large
-- database run `./stock-assistant migrate` before starting the new version.
SET LOCAL maintenance_work_mem = '256MB';

CREATE INDEX ix_stock_daily_trade_date_code ON stock_daily (trade_date, third_code);
DROP INDEX ix_stock_daily_trade_date;
