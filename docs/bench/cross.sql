\set d random(0, 729)
SELECT d.*, s.name AS stock_name FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code
WHERE d.trade_date = date '2005-01-04' + :d ORDER BY d.third_code;
