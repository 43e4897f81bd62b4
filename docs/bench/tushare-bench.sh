#!/usr/bin/env bash
# Tushare protocol vs JSON range read (docs/BENCHMARKS.md): ten years of one code through
# POST /tushare (api_name daily, as Tushare's client posts it) and through
# GET /api/v1/quotes/daily/{code}, against the same `serve`, same data, same run, in
# alternating order (A B B A) so warm-up and a burst of load from a neighbour hit both alike;
# then the CPU time per answer of the JVM and of PostgreSQL, which neighbours hardly move.
# Needs wrk and python3 (apt-get install wrk).
# Usage: docs/bench/tushare-bench.sh [seconds per path]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-20}"
half=$(( seconds / 2 > 0 ? seconds / 2 : 1 ))
export STOCK_DATA_DIR="${STOCK_DATA_DIR:-/tmp/stock-assistant-tushare-bench}"
export HTTP_PORT="${HTTP_PORT:-7072}"
export BENCH_DIR="$here" STOCKS=50
cli="$root/stock-assistant"
base="http://127.0.0.1:$HTTP_PORT"

if [[ ! -f "$STOCK_DATA_DIR/loaded" ]]; then
  # 50 codes x ~10 years of weekdays from 2005-01-04
  "$cli" bench csv --rows 130000 --stocks 50 --out "$STOCK_DATA_DIR.csv"
  mkdir -p "$STOCK_DATA_DIR"
  "$cli" import "$STOCK_DATA_DIR.csv" && touch "$STOCK_DATA_DIR/loaded"
fi

JAVA_OPTS="${JAVA_OPTS:--Xmx256m}" "$cli" serve > "$STOCK_DATA_DIR/serve.log" 2>&1 &
serve=$!
trap 'kill $serve; wait $serve 2>/dev/null || true' EXIT
until curl -sf "$base/health/live" > /dev/null; do sleep 0.1; done

# the same rows both ways, or the comparison means nothing
python3 - "$base" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
body = json.dumps({"api_name": "daily", "token": "", "fields": "",
                   "params": {"ts_code": "600000.SH", "start_date": "20050101", "end_date": "20141231"}})
pro = json.load(urllib.request.urlopen(urllib.request.Request(base + "/tushare", body.encode())))
api = json.load(urllib.request.urlopen(base + "/api/v1/quotes/daily/600000.SH?start=2005-01-01&end=2014-12-31"))
rows, items = pro["data"]["items"], api["items"]
assert pro["code"] == 0 and len(rows) == len(items) > 2000, (pro["msg"], len(rows), len(items))
assert [r[1] for r in rows] == [i["trade_date"].replace("-", "") for i in reversed(items)]
print(f"checked: {len(rows)} rows for 600000.SH both ways")
PY

measure() {  # query seconds -> "rps p50 p99 bytes_per_request"
  wrk -t2 -c32 -d"$2s" --latency -s "$here/$1.lua" "$base" | awk '
    /Requests\/sec/ {rps = $2}
    /Transfer\/sec/ {t = $2; u = t; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+/, "", t);
                     m = (u == "GB" ? 2^30 : u == "MB" ? 2^20 : u == "KB" ? 2^10 : 1); bytes = t * m}
    $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
    /Non-2xx/ {bad = $NF}
    END {printf "%s %s %s %.0f %s\n", rps, p50, p99, bytes / rps, (bad == "" ? 0 : bad)}'
}

for query in tushare-daily range-10y range-10y tushare-daily; do measure "$query" 5 > /dev/null; done
declare -A rps p50 p99 bytes
for round in 1 2; do
  order="tushare-daily range-10y"
  [[ $round == 2 ]] && order="range-10y tushare-daily"
  for query in $order; do
    read -r r a b n bad < <(measure "$query" "$half")
    [[ "$bad" == 0 ]] || { echo "$query: $bad non-2xx answers" >&2; exit 1; }
    rps[$query]="${rps[$query]:-} $r"; p50[$query]="${p50[$query]:-} $a"
    p99[$query]="${p99[$query]:-} $b"; bytes[$query]=$n
  done
done
for query in tushare-daily range-10y; do
  echo "$query: req/s${rps[$query]} | p50${p50[$query]} | p99${p99[$query]} | $(( ${bytes[$query]} / 1024 )) KiB per answer"
done
python3 -c "
t = [float(x) for x in '${rps[tushare-daily]}'.split()]; j = [float(x) for x in '${rps[range-10y]}'.split()]
print(f'ratio /tushare to JSON range read: {sum(t) / sum(j):.2f} (per round: ' + ', '.join(f'{a / b:.2f}' for a, b in zip(t, j)) + ')')"
jvm=$(ss -ltnp "sport = :$HTTP_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
postmaster=$(head -1 "$STOCK_DATA_DIR/postgres/pgdata/postmaster.pid")
python3 "$here/cpu-per-answer.py" "$base" "$jvm" "$postmaster" 50
heap=$(curl -s "$base/metrics" | python3 -c 'import json,sys; g=json.load(sys.stdin)["gauges"]; print(round(g["jvm.memory.heap.used"]["value"]/2**20), "MB used of", round(g["jvm.memory.heap.max"]["value"]/2**20), "MB max")')
echo "heap after the run: $heap"
