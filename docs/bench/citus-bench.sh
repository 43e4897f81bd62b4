#!/usr/bin/env bash
# The Citus measurements of docs/SCALING.md, section 5: for each of one plain PostgreSQL 15, Citus
# with 1 worker and Citus with 2 workers (Debian's PostgreSQL 15; Citus from ../shared/citus),
# on free ports under /tmp/citus-bench: ./stock-assistant migrate (which distributes), import of
# FILE, psql \copy of the same FILE into the same emptied table, then pgbench of the service's
# one-code range page and cross-section page. Prints load averages beside every figure.
#
#   usage: [CONFIGS="plain citus2 citus1"] docs/bench/citus-bench.sh FILE
#          (FILE from ./stock-assistant bench csv)
#   e.g.   ./stock-assistant bench csv --rows 1000000 --from 2024-01-01 --out /tmp/m1m.csv
#          docs/bench/citus-bench.sh /tmp/m1m.csv
#
# Nodes trust loopback (a benchmark, not a deployment) and run as "nobody" in a user namespace
# when started by root (PostgreSQL refuses root), as the tests' servers do.
set -euo pipefail
file=${1:?usage: citus-bench.sh FILE}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench=${BENCH_DIR:-/tmp/citus-bench}
bin=/usr/lib/postgresql/15/bin
as_nobody=()
[ "$(id -u)" = 0 ] && as_nobody=(unshare --user --map-user=65534 --map-group=65534)
[ -f /usr/lib/postgresql/15/lib/citus.so ] || { echo "citus.so missing: bash ../shared/citus/install.sh" >&2; exit 2; }
mkdir -p "$bench"

node() { # dir port citus(0|1)
  local dir=$1 port=$2 citus=$3
  mkdir -p "$dir"
  "${as_nobody[@]}" $bin/initdb -A trust -U postgres -D "$dir/pgdata" -E UTF-8 --locale=C --no-sync >/dev/null
  local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=256MB"
  [ "$citus" = 1 ] && opts="$opts -c shared_preload_libraries=citus -c max_prepared_transactions=200"
  "${as_nobody[@]}" $bin/pg_ctl -D "$dir/pgdata" -o "$opts" -l "$dir/log" -w start >/dev/null
  psql -X -h 127.0.0.1 -p $port -U postgres -qc "CREATE DATABASE stocks"
  [ "$citus" = 1 ] && psql -X -h 127.0.0.1 -p $port -U postgres -d stocks -qc "CREATE EXTENSION citus"
  return 0
}
start_cluster() { # name workers port
  local root=$bench/$1 workers=$2 base=$3
  if [ "$workers" = 0 ]; then node "$root/plain" $base 0; return; fi
  node "$root/coordinator" $base 1
  for i in $(seq 1 $workers); do node "$root/worker$i" $((base + i)) 1; done
  psql -X -h 127.0.0.1 -p $base -U postgres -d stocks -qAtc "SELECT citus_set_coordinator_host('127.0.0.1', $base)" >/dev/null
  for i in $(seq 1 $workers); do
    psql -X -h 127.0.0.1 -p $base -U postgres -d stocks -qAtc "SELECT citus_add_node('127.0.0.1', $((base + i)))" >/dev/null
  done
}
stop_cluster() { # name
  for d in "$bench/$1"/*/pgdata; do [ -d "$d" ] && "${as_nobody[@]}" $bin/pg_ctl -D "$d" -m fast -w stop >/dev/null || true; done
  rm -rf "${bench:?}/$1"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU seconds the config's servers used so far: every postmaster with its reaped and live backends
server_cpu() { # name
  local ticks=0 pm p
  for pid_file in "$bench/$1"/*/pgdata/postmaster.pid; do
    pm=$(head -1 "$pid_file")
    for p in $pm $(pgrep -P "$pm"); do
      [ -r /proc/$p/stat ] && ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' /proc/$p/stat)))
    done
  done
  awk -v t=$ticks -v k="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / k}'
}
cpu_since() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", (b - a) / 1e9}'; }
ALL="d.third_code, d.trade_date, d.open, d.high, d.low, d.close, d.pre_close, d.change, d.pct_chg, d.vol, d.amount, d.adj_factor, d.turnover_rate, d.turnover_rate_f, d.volume_ratio, d.pe, d.pe_ttm, d.pb, d.ps, d.ps_ttm, d.dv_ratio, d.dv_ttm, d.total_share, d.float_share, d.free_share, d.total_mv, d.circ_mv, d.source"
rows=$(($(wc -l < "$file") - 1))
cols=$(head -1 "$file" | sed 's/^ts_code/third_code/')

measure() { # name workers
  local config=$1 workers=$2 port start end t_import t_copy before
  port=$(free_port)
  stop_cluster "$config"
  start_cluster "$config" "$workers" "$port"
  local P="psql -X -q -h 127.0.0.1 -p $port -U postgres -d stocks"
  export DATABASE_URL="jdbc:postgresql://127.0.0.1:$port/stocks" POSTGRES_USER=postgres
  export STOCK_DATA_DIR=$bench/data-$config
  echo "== $config ($workers workers), $rows rows, load $(load)"
  "$repo/stock-assistant" migrate 2>&1 | grep -E "^(migrated|citus)" | sed 's/^/  /'
  local cpu0
  before=$(load); cpu0=$(server_cpu "$config"); start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$bench/import-$config.cpu" \
    "$repo/stock-assistant" import "$file" > "$bench/import-$config.out" 2>&1
  end=$(date +%s%N); t_import=$(secs $start $end)
  echo "  import: $t_import s, $(awk -v r=$rows -v s=$t_import 'BEGIN {printf "%d", r / s}') rows/s, stored $($P -tAc "SELECT count(*) FROM stock_daily"), load $before -> $(load); CPU: JVM $(awk '{printf "%.1f", $1 + $2}' "$bench/import-$config.cpu") s, servers $(cpu_since "$cpu0" "$(server_cpu "$config")") s"
  # the import's closing ANALYZE (a bulk load refreshes the statistics), once more on its own
  before=$(load); cpu0=$(server_cpu "$config"); start=$(date +%s%N)
  $P -c "ANALYZE stock_daily$([ "$workers" = 0 ] || echo ' (third_code, trade_date)')"
  echo "    of it, the closing ANALYZE (run again alone): $(secs $start $(date +%s%N)) s, load $before -> $(load); CPU: servers $(cpu_since "$cpu0" "$(server_cpu "$config")") s"
  $P -c "TRUNCATE stock_daily"
  before=$(load); cpu0=$(server_cpu "$config"); start=$(date +%s%N)
  $P -c "\\copy stock_daily ($cols) FROM '$file' WITH (FORMAT csv, HEADER true)"
  end=$(date +%s%N); t_copy=$(secs $start $end)
  echo "  psql \\copy: $t_copy s, $(awk -v r=$rows -v s=$t_copy 'BEGIN {printf "%d", r / s}') rows/s, load $before -> $(load); CPU: servers $(cpu_since "$cpu0" "$(server_cpu "$config")") s; import vs \\copy $(awk -v a=$t_copy -v b=$t_import 'BEGIN {printf "%.2f", a / b}')x"
  # pick lists as coordinator-local tables; \gset puts the code or day into a bound parameter,
  # as the service sends it (a subquery instead would make Citus fan the range out)
  $P -c "ANALYZE stock_daily" -c "SET client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS bench;
    DROP TABLE IF EXISTS bench.codes, bench.days;
    CREATE TABLE bench.codes AS SELECT (row_number() OVER (ORDER BY third_code))::int AS i, third_code AS code
      FROM (SELECT DISTINCT third_code FROM stock_daily) s;
    CREATE TABLE bench.days AS SELECT (row_number() OVER (ORDER BY trade_date))::int AS i, trade_date AS day
      FROM (SELECT DISTINCT trade_date FROM stock_daily) s;
    ALTER TABLE bench.codes ADD PRIMARY KEY (i); ALTER TABLE bench.days ADD PRIMARY KEY (i);"
  local codes days out
  codes=$($P -tAc "SELECT count(*) FROM bench.codes"); days=$($P -tAc "SELECT count(*) FROM bench.days")
  cat > "$bench/range.sql" <<SQL
\set i random(1, $codes)
SELECT code FROM bench.codes WHERE i = :i \gset
SELECT $ALL FROM stock_daily d WHERE d.third_code = :code AND d.trade_date BETWEEN '1990-01-01' AND '2030-12-31' ORDER BY d.trade_date LIMIT 2000;
SQL
  cat > "$bench/day.sql" <<SQL
\set i random(1, $days)
SELECT day FROM bench.days WHERE i = :i \gset
SELECT $ALL, s.name AS stock_name FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code WHERE d.trade_date = :day AND d.third_code > '' ORDER BY d.third_code LIMIT 10000;
SQL
  for kind in range day; do
    before=$(load)
    out=$($bin/pgbench -n -M prepared -c 4 -j 2 -T "${SECONDS_PER_RUN:-15}" -h 127.0.0.1 -p "$port" \
        -U postgres -f "$bench/$kind.sql" stocks 2>&1)
    echo "  $kind ($codes codes, $days days): $(echo "$out" | grep -E '^(tps|latency average)' | tr '\n' ' ') load $before -> $(load)"
  done
  if [ "$workers" -gt 0 ]; then
    $P -c "EXPLAIN (COSTS OFF) SELECT * FROM stock_daily d WHERE d.third_code = '600000.SH' ORDER BY trade_date LIMIT 10" \
      | grep -E "Task Count" | head -1 | sed 's/^ */  range plan: /'
    $P -c "EXPLAIN (COSTS OFF) SELECT d.*, s.name FROM stock_daily d LEFT JOIN stock_info s ON s.third_code = d.third_code WHERE d.trade_date = '2024-01-02' AND d.third_code > '' ORDER BY d.third_code LIMIT 2000" \
      | grep -E "Task Count" | head -1 | sed 's/^ */  day plan: /'
  fi
  stop_cluster "$config"
}

# CONFIGS picks and orders the set (e.g. CONFIGS="citus2 plain"); all three by default
for config in ${CONFIGS:-plain citus2 citus1}; do
  case $config in plain) measure plain 0 ;; citus1) measure citus1 1 ;; citus2) measure citus2 2 ;; esac
done
