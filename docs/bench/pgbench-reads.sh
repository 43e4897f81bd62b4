#!/usr/bin/env bash
# The database's own ceiling for the three full-market reads (docs/BENCHMARKS.md): pgbench runs
# the SELECT each endpoint needs straight against PostgreSQL, the way the shared yardstick
# /work/shared/bench/pgceiling.sh does for the range read, and logs every transaction so p50 and
# p99 can be given beside the HTTP side's.
#
#   usage: pgbench-reads.sh range|day|history|latest
#
# pgbench -n -M prepared -c CLIENTS(32) -j JOBS(2) -T DURATION(20) against PGHOST PGPORT
# PGDATABASE PGUSER PGPASSWORD (loopback only). Random picks come from small tables rebuilt on
# every run: bench.codes(i, code) (as pgceiling.sh) and bench.days(i, day), the trade dates from
# START on.
#   range:   one code, a WINDOW(365)-day window starting on one of SPAN(365) days from START,
#            the price columns (GET /api/v1/quotes/daily/{code}?start&end)
#   day:     every bar of one trade date with the stock's name, by code
#            (GET /api/v1/quotes/daily?trade_date=)
#   history: the whole history of one code, the price columns (GET /api/v1/quotes/daily/{code})
#   latest:  the newest bar of one code, every column (GET /api/v1/quotes/daily/{code}/latest)
set -euo pipefail

KIND=${1:?usage: pgbench-reads.sh range|day|history|latest}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGDATABASE=${PGDATABASE:-stock_assistant}
export PGUSER=${PGUSER:-postgres}
CLIENTS=${CLIENTS:-32}
JOBS=${JOBS:-2}
DURATION=${DURATION:-20}
START=${START:?set START, the first day of the windows (YYYY-MM-DD)}
SPAN=${SPAN:-365}
WINDOW=${WINDOW:-365}
PRICE="third_code, trade_date, open, high, low, close, pre_close, change, pct_chg, vol, amount, adj_factor, source"
ALL="d.third_code, d.trade_date, d.open, d.high, d.low, d.close, d.pre_close, d.change, d.pct_chg, d.vol, d.amount, d.adj_factor, d.turnover_rate, d.turnover_rate_f, d.volume_ratio, d.pe, d.pe_ttm, d.pb, d.ps, d.ps_ttm, d.dv_ratio, d.dv_ttm, d.total_share, d.float_share, d.free_share, d.total_mv, d.circ_mv, d.source"

case "$PGHOST" in 127.*|localhost|::1) ;; *) echo "refusing non-loopback PGHOST $PGHOST" >&2; exit 2 ;; esac

psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c "SET client_min_messages = warning;
         CREATE SCHEMA IF NOT EXISTS bench;
         DROP TABLE IF EXISTS bench.codes, bench.days;
         CREATE TABLE bench.codes AS
             SELECT (row_number() OVER (ORDER BY third_code))::int AS i, third_code AS code
             FROM (SELECT DISTINCT third_code FROM stock_daily) s;
         ALTER TABLE bench.codes ADD PRIMARY KEY (i);
         CREATE TABLE bench.days AS
             SELECT (row_number() OVER (ORDER BY trade_date))::int AS i, trade_date AS day
             FROM (SELECT DISTINCT trade_date FROM stock_daily WHERE trade_date >= date '$START') s;
         ALTER TABLE bench.days ADD PRIMARY KEY (i);
         ANALYZE bench.codes; ANALYZE bench.days;"
codes=$(psql -tAc "SELECT count(*) FROM bench.codes")
days=$(psql -tAc "SELECT count(*) FROM bench.days")

script=$(mktemp /tmp/pgbench-reads.XXXXXX.sql)
logs=$(mktemp -d /tmp/pgbench-reads.XXXXXX)
trap 'rm -rf "$script" "$logs"' EXIT
case "$KIND" in
  range) cat >"$script" <<EOF
\set i random(1, $codes)
\set d random(0, $((SPAN - 1)))
SELECT $PRICE FROM stock_daily WHERE third_code = (SELECT code FROM bench.codes WHERE i = :i) AND trade_date BETWEEN date '$START' + (:d)::int AND date '$START' + (:d)::int + $((WINDOW - 1)) ORDER BY trade_date;
EOF
  ;;
  day) cat >"$script" <<EOF
\set i random(1, $days)
SELECT $ALL, s.name AS stock_name FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code WHERE d.trade_date = (SELECT day FROM bench.days WHERE i = :i) ORDER BY d.third_code;
EOF
  ;;
  history) cat >"$script" <<EOF
\set i random(1, $codes)
SELECT $PRICE FROM stock_daily WHERE third_code = (SELECT code FROM bench.codes WHERE i = :i) ORDER BY trade_date;
EOF
  ;;
  latest) cat >"$script" <<EOF
\set i random(1, $codes)
SELECT $ALL FROM stock_daily d WHERE d.third_code = (SELECT code FROM bench.codes WHERE i = :i) ORDER BY d.trade_date DESC LIMIT 1;
EOF
  ;;
  *) echo "KIND must be range, day, history or latest" >&2; exit 2 ;;
esac

echo "query ($KIND; $codes codes, $days days from $START):"
tail -1 "$script" | cut -c1-200 | sed 's/^/  /'
echo "pgbench -n -M prepared -c $CLIENTS -j $JOBS -T $DURATION  ($PGUSER@$PGHOST:$PGPORT/$PGDATABASE)"
out=$(cd "$logs" && "$PGBIN/pgbench" -n -M prepared -c "$CLIENTS" -j "$JOBS" -T "$DURATION" \
    --log --log-prefix=tx -f "$script" 2>&1)
echo "$out" | grep -E "^(tps|latency|number of (transactions|failed))" | sed 's/^/  pgbench| /'
tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
# per-transaction log: client id, tx no, latency (us), script no, epoch, us
cat "$logs"/tx* | awk '{print $3}' | sort -n > "$logs/lat"
n=$(wc -l < "$logs/lat")
p50=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {printf "%.2f", $1 / 1000}' "$logs/lat")
p99=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {printf "%.2f", $1 / 1000}' "$logs/lat")
echo "RESULT kind=$KIND tps=$tps p50_ms=$p50 p99_ms=$p99"
