#!/usr/bin/env bash
# HTTP read benchmark (docs/BENCHMARKS.md): wrk against `serve` beside pgbench on the same SELECT,
# same database, same run. Needs wrk, pgbench and python3 on the PATH (apt-get install wrk
# postgresql-client); pgbench is not part of the embedded binaries.
# Usage: docs/bench/http-bench.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-20}"
export STOCK_DATA_DIR="${STOCK_DATA_DIR:-/tmp/stock-assistant-http-bench}"
export HTTP_PORT="${HTTP_PORT:-7071}"
export BENCH_DIR="$here" STOCKS=300
cli="$root/stock-assistant"

if [[ ! -f "$STOCK_DATA_DIR/loaded" ]]; then
  "$cli" bench csv --rows 150000 --stocks 300 --out "$STOCK_DATA_DIR.csv"
  mkdir -p "$STOCK_DATA_DIR"
  "$cli" import "$STOCK_DATA_DIR.csv" && touch "$STOCK_DATA_DIR/loaded"
fi

start=$(date +%s.%N)
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}" "$cli" serve > "$STOCK_DATA_DIR/serve.log" 2>&1 &
serve=$!
trap 'kill $serve; wait $serve 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$HTTP_PORT/health/live" > /dev/null; do sleep 0.05; done
echo "serve -> first answered request: $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s (JVM start included)"

port=$(awk 'NR==4' "$STOCK_DATA_DIR/postgres/pgdata/postmaster.pid")
# the embedded server asks for its superuser's password (docs/SECURITY.md)
PGPASSWORD="$(cat "$STOCK_DATA_DIR/postgres/superuser.password")"
export PGPASSWORD
pgb() { pgbench -h 127.0.0.1 -p "$port" -U postgres -n -c 32 -j 2 -T "$seconds" -f "$1" stock_assistant 2>/dev/null \
  | awk '/tps =/ {printf "%.0f", $3} /latency average/ {}'; }

for query in range cross; do
  # warm-up (JIT, pool, PostgreSQL caches) for both sides, not measured
  wrk -t2 -c32 -d10s -s "$here/$query.lua" "http://127.0.0.1:$HTTP_PORT" > /dev/null
  pgbench -h 127.0.0.1 -p "$port" -U postgres -n -c 32 -j 2 -T 5 -f "$here/$query.sql" stock_assistant > /dev/null 2>&1
  http=$(wrk -t2 -c32 -d"${seconds}s" --latency -s "$here/$query.lua" "http://127.0.0.1:$HTTP_PORT" )
  rps=$(echo "$http" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$http" | awk '$1=="50%" {print $2}')
  p99=$(echo "$http" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$http" | awk '/Non-2xx/ {print $NF}')
  tps=$(pgb "$here/$query.sql")
  echo "$query: HTTP ${rps} req/s (p50 ${p50}, p99 ${p99}, non-2xx ${non2xx:-0}) | pgbench ${tps} tps | ratio $(python3 -c "print(round($rps / $tps, 2))")"
done
heap=$(curl -s "http://127.0.0.1:$HTTP_PORT/metrics" | python3 -c 'import json,sys; g=json.load(sys.stdin)["gauges"]; print(round(g["jvm.memory.heap.used"]["value"]/2**20), "MB used of", round(g["jvm.memory.heap.max"]["value"]/2**20), "MB max")')
echo "heap after the run: $heap"
