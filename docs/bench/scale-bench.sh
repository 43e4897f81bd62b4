#!/usr/bin/env bash
# Full-market benchmarks (docs/BENCHMARKS.md, "At full-market scale"), measured from outside,
# each side by side with PostgreSQL's own tools on the same embedded server in the same run.
#
#   scale-bench.sh csv ROWS FILE [REVISION]  generate the first ROWS bars of the full market
#                                            (REVISION n: every vol n hands higher, same keys)
#   scale-bench.sh import FILE CHANGED_FILE  psql \copy of FILE into an empty copy of stock_daily,
#                                            then ./stock-assistant import of FILE into the empty
#                                            stock_daily, of FILE again (every row identical), of
#                                            CHANGED_FILE (every row changed); sizes after
#   scale-bench.sh reads                     wrk (serve with the launcher's defaults) vs pgbench
#                                            -M prepared on the range, full-market day, full
#                                            history and latest-bar reads; RSS of the server and
#                                            CPU per request (server, database, load generator)
#   scale-bench.sh stop                      stop the embedded server the steps left running
#
# STOCK_DATA_DIR must be set (keep it outside the repository); IMPORT_JAVA_OPTS (-Xmx256m) is
# the importer's JAVA_OPTS; HTTP_PORT (7181); SECONDS_PER_RUN (20). Needs psql/pgbench (Debian's
# postgresql-client 15: /usr/lib/postgresql/15/bin), wrk, curl, python3, /usr/bin/time.
# The 1-minute load average is printed before and after every measured run: on a shared
# machine, only runs that start and end under ~1.5 are worth reporting.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/stock-assistant"
shared="${SHARED_BENCH:-$root/../../shared/bench}"
[ -d "$shared" ] || shared=/work/shared/bench
: "${STOCK_DATA_DIR:?set STOCK_DATA_DIR (outside the repository)}"
export STOCK_DATA_DIR
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
HTTP_PORT=${HTTP_PORT:-7181}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
pg="$STOCK_DATA_DIR/postgres"
work="$STOCK_DATA_DIR/bench-work"
mkdir -p "$work"

load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
secs() { python3 -c "print(round($2 - $1, 2))"; }

# The embedded server, started by its own binaries and held open by an idle session, so the
# commands below adopt it instead of starting and stopping their own.
pg_env() {
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=stock_assistant PGPASSWORD
  PGPORT=$(cat "$pg/port")
  PGPASSWORD=$(cat "$pg/superuser.password")
}
as_owner() { if [ "$(id -u)" = 0 ]; then unshare --user --map-user=65534 --map-group=65534 "$@"; else "$@"; fi; }
pg_start() {
  [ -f "$pg/pgdata/PG_VERSION" ] || "$cli" migrate > /dev/null
  pg_env
  if ! "$PGBIN/pg_isready" -q; then
    as_owner "$pg/binaries/bin/pg_ctl" -D "$pg/pgdata" -l "$pg/postgres.log" -w -t 120 \
      -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start > /dev/null
  fi
  if [ ! -f "$work/holder.pid" ] || ! kill -0 "$(cat "$work/holder.pid")" 2>/dev/null; then
    nohup "$PGBIN/psql" -X -q -c "SELECT pg_sleep(864000)" > /dev/null 2>&1 &
    echo $! > "$work/holder.pid"
    sleep 1
  fi
  "$cli" migrate > /dev/null
}
pg_stop() {
  [ -f "$work/holder.pid" ] && kill "$(cat "$work/holder.pid")" 2>/dev/null || true
  as_owner "$pg/binaries/bin/pg_ctl" -D "$pg/pgdata" -m fast -w stop > /dev/null 2>&1 || true
}
sql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

import_run() {  # label, file, extra: one ./stock-assistant import, timed from outside
  local label=$1 file=$2 before start end rss
  sql -c "CHECKPOINT"
  before=$(load)
  start=$(now)
  JAVA_OPTS="${IMPORT_JAVA_OPTS:--Xmx256m}" /usr/bin/time -v -o "$work/time.txt" \
    "$cli" import --rejects "$work" "$file" > "$work/import.out" 2>&1
  end=$(now)
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$work/time.txt")
  echo "$label: $(secs "$start" "$end") s end to end, peak RSS ${rss} MB, load ${before} -> $(load)"
  grep '^import:' "$work/import.out" | sed 's/^/  /'
}

cmd_import() {
  local file changed rows cols start end before copy
  file=$(realpath "${1:?FILE}")
  changed=$(realpath "${2:?CHANGED_FILE}")
  pg_start
  rows=$(($(wc -l < "$file") - 1))
  cols=$(head -1 "$file" | sed 's/ts_code/third_code/')
  echo "import benchmark: $file ($rows rows, $(du -h "$file" | cut -f1)), embedded PostgreSQL on port $PGPORT"
  sql -c "SET client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS bench;
          DROP TABLE IF EXISTS bench.copy_target;
          CREATE TABLE bench.copy_target (LIKE public.stock_daily INCLUDING ALL);
          TRUNCATE public.stock_daily; CHECKPOINT"
  before=$(load)
  start=$(now)
  sql -c "\\copy bench.copy_target ($cols) FROM '$file' WITH (FORMAT csv, HEADER true)"
  end=$(now)
  copy=$(secs "$start" "$end")
  echo "psql \\copy into an identical empty table: $copy s, load ${before} -> $(load)"
  # dropped at once: its autovacuum would otherwise run during the import
  sql -c "DROP TABLE bench.copy_target"
  import_run "import, empty table" "$file"
  import_run "import, same file again (every row identical)" "$file"
  import_run "import, revised file (every row changed)" "$changed"
  sql -c "SELECT pg_size_pretty(pg_table_size('stock_daily')) AS table_size,
                 pg_size_pretty(pg_indexes_size('stock_daily')) AS indexes_size,
                 pg_size_pretty(pg_total_relation_size('stock_daily')) AS total,
                 (SELECT count(*) FROM stock_daily) AS rows"
}

cmd_reads() {
  local start serve last first
  pg_start
  last=$(sql -tAc "SELECT max(trade_date) FROM stock_daily")
  first=$(sql -tAc "SELECT min(trade_date) FROM stock_daily")
  # windows inside the last two years loaded, where (nearly) every code has bars
  START=$(date -d "$last - 729 days" +%F)
  [[ "$START" > "$first" ]] || START=$first
  export START SPAN=365 WINDOW=365 DURATION=$SECONDS_PER_RUN
  sql -tAc "SELECT DISTINCT third_code FROM stock_daily ORDER BY 1" > "$work/codes.txt"
  sql -tAc "SELECT DISTINCT trade_date FROM stock_daily WHERE trade_date >= '$START' ORDER BY 1" > "$work/days.txt"
  echo "read benchmark: $(sql -tAc "SELECT count(*) FROM stock_daily") rows, $(wc -l < "$work/codes.txt") codes, windows from $START"
  start=$(now)
  HTTP_PORT=$HTTP_PORT "$cli" serve > "$work/serve.log" 2>&1 &
  serve=$!
  trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$HTTP_PORT/health/live" > /dev/null; do sleep 0.1; done
  echo "serve (launcher defaults) answering after $(secs "$start" "$(now)") s; RSS $(rss $serve) MB"
  local base="http://127.0.0.1:$HTTP_PORT"
  # warm-up, not measured: C2 needs tens of seconds of traffic before the JVM runs at speed
  for kind in range day history; do
    wrk_run "$kind" "$base" "${WARMUP:-30}s" > /dev/null
  done
  for kind in range day history latest; do
    # and again right before each measurement, for both sides (caches, prepared statements)
    wrk_run "$kind" "$base" 10s > /dev/null
    DURATION=5 "$here/pgbench-reads.sh" "$kind" > /dev/null
    local b=$(load) c0 j0 c1 j1 c2 http pgb
    c0=$(cluster_cpu); j0=$(proc_cpu "$(java_pid $serve)")
    http=$(export -f wrk_run; /usr/bin/time -f "CLIENT %U %S" bash -c "wrk_run $kind $base ${SECONDS_PER_RUN}s" 2>&1)
    c1=$(cluster_cpu); j1=$(proc_cpu "$(java_pid $serve)")
    pgb=$(/usr/bin/time -f "CLIENT %U %S" "$here/pgbench-reads.sh" "$kind" 2>&1 | grep -E '^(RESULT|CLIENT)')
    c2=$(cluster_cpu)
    python3 "$here/read-report.py" "$kind" "$b" "$(load)" "$(rss $serve)" "$http" "$pgb" \
      "$c0 $c1 $c2 $j0 $j1 $(getconf CLK_TCK)" "$SECONDS_PER_RUN"
  done
  echo "shared yardstick, range read (read.sh vs pgceiling.sh, same windows):"
  local b=$(load)
  CODES_FILE="$work/codes.txt" DURATION="${SECONDS_PER_RUN}s" "$shared/read.sh" "$base" | grep -E "^(requests|latency|errors)" | sed 's/^/  read.sh| /'
  COLS=price "$shared/pgceiling.sh" | grep '^tps' | sed 's/^/  pgceiling.sh| /'
  echo "  load $b -> $(load); server peak RSS $(peak $serve) MB"
  kill $serve; wait $serve 2>/dev/null || true
  trap - EXIT
}

export work shared here
wrk_run() {  # kind base duration
  case "$1" in
    range) wrk -t2 -c32 -d"$3" --timeout 10s --latency -s "$shared/read.lua" "$2" -- \
             "$work/codes.txt" "$START" "$SPAN" "$WINDOW" | grep '^RESULT' ;;
    day) wrk -t2 -c32 -d"$3" --timeout 10s --latency -s "$here/reads.lua" "$2" -- day "$work/days.txt" | grep '^RESULT' ;;
    history|latest) wrk -t2 -c32 -d"$3" --timeout 10s --latency -s "$here/reads.lua" "$2" -- "$1" "$work/codes.txt" | grep '^RESULT' ;;
  esac
}
# CPU ticks of the whole embedded cluster: the postmaster, its live children, and the children
# it has reaped (pgbench's backends end with the run; their time lands in cutime/cstime)
cluster_cpu() {
  local master total=0 p
  master=$(head -1 "$pg/pgdata/postmaster.pid")
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat")
  for p in $(pgrep -P "$master"); do
    total=$((total + $(proc_cpu "$p")))
  done
  echo "$total"
}
proc_cpu() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$(java_pid "$1")/status"; }
peak() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$(java_pid "$1")/status"; }
java_pid() { pgrep -P "$1" java || echo "$1"; }

case "${1:-}" in
  csv) shift; "$cli" bench csv --rows "${1:?ROWS}" --out "${2:?FILE}" --revision "${3:-0}" ;;
  import) shift; cmd_import "$@" ;;
  reads) cmd_reads ;;
  stop) pg_stop ;;
  *) sed -n '2,22p' "$0"; exit 2 ;;
esac
