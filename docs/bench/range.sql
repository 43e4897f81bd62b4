\set n random(0, 299)
\set y random(0, 1)
SELECT third_code, trade_date, open, high, low, close, pre_close, change, pct_chg, vol, amount, adj_factor, source
FROM stock_daily
WHERE third_code = CASE :n % 4 WHEN 0 THEN lpad((600000 + :n / 4)::text, 6, '0') || '.SH'
                               WHEN 1 THEN lpad((1 + :n / 4)::text, 6, '0') || '.SZ'
                               WHEN 2 THEN lpad((300001 + :n / 4)::text, 6, '0') || '.SZ'
                               ELSE lpad((830001 + :n / 4)::text, 6, '0') || '.BJ' END
  AND trade_date BETWEEN date '2005-01-04' + :y * 365 AND date '2006-01-03' + :y * 365
ORDER BY trade_date;
