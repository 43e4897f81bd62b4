#!/usr/bin/env bash
# The cost of a 304 beside the full answer (issue 22): N (20) fixed one-year ranges of the codes
# in CODES_FILE, each fetched once with curl for its ETag, then wrk (2 threads, 32 connections)
# alternately full / 304 / full / 304 for DURATION (10) seconds each, with the server's CPU per request
# (from /proc/PID/stat: JVM; and PG_PIDS' processes when given) and the load average.
#   usage: conditional.sh BASE_URL SERVER_PID CODES_FILE
# ENCODING=gzip: every request (and the ETag fetch) asks for gzip, as browsers and Python's
# requests do.
# The ETag depends on the Accept header: curl is told to send none, as wrk sends none.
# wrk counts 4xx/5xx only; a 304 run is checked by its bytes per answer (headers only).
set -euo pipefail
BASE=${1:?usage: conditional.sh BASE_URL SERVER_PID CODES_FILE}; PID=${2:?}; CODES=${3:?}
N=${N:-20}; SECONDS_EACH=${DURATION:-10}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
list=$(mktemp /tmp/conditional.XXXXXX); trap 'rm -f "$list"' EXIT
i=0
for code in $(head -"$N" "$CODES"); do
  from=$(date -d "2023-01-01 + $((i * 17 % 365)) days" +%F); to=$(date -d "$from + 364 days" +%F)
  path="/api/v1/quotes/daily/$code?start=$from&end=$to"
  etag=$(curl -fsS -H "Accept:" ${ENCODING:+-H "Accept-Encoding: $ENCODING"} -D - -o /dev/null "$BASE$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  [ -n "$etag" ] || { echo "no ETag for $path" >&2; exit 1; }
  echo "$path $etag" >>"$list"; i=$((i + 1))
done
cpu() {  # CPU ms of the JVM and of PG_PIDS (space-separated) so far
  local hz; hz=$(getconf CLK_TCK)
  local j; j=$(awk '{print $14+$15}' /proc/"$PID"/stat)
  local p=0; for q in ${PG_PIDS:-}; do p=$((p + $(awk '{print $14+$15}' /proc/"$q"/stat 2>/dev/null || echo 0))); done
  echo "$((j * 1000 / hz)) $((p * 1000 / hz))"
}
for mode in full 304 full 304; do
  c0=$(cpu); l0=$(uptime | sed 's/.*average: //')
  out=$(wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency -s "$here/conditional.lua" "$BASE" -- "$list" "$mode" ${ENCODING:-})
  c1=$(cpu); l1=$(uptime | sed 's/.*average: //')
  n=$(echo "$out" | sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p')
  rps=$(echo "$out" | sed -n 's/^RESULT .*rps=\([0-9.]*\).*/\1/p')
  p50=$(echo "$out" | sed -n 's/^RESULT latency_ms.* p50=\([0-9.]*\).*/\1/p')
  non2xx=$(echo "$out" | sed -n 's/^RESULT errors non2xx=\([0-9]*\).*/\1/p')
  bytes=$(echo "$out" | sed -n 's/^RESULT .*bytes_per_req=\([0-9]*\).*/\1/p')
  [ "$non2xx" = 0 ] || echo "WARNING: $mode run had $non2xx answers of 4xx/5xx of $n"
  [ "$mode" = full ] || [ "$bytes" -lt 1000 ] || echo "WARNING: 304 run averaged $bytes bytes: not 304s?"
  echo "$c0 $c1 $n" | awk -v m="$mode" -v r="$rps" -v p="$p50" -v l0="$l0" -v l1="$l1" \
    '{printf "%-4s %8s req/s  p50 %6s ms  CPU per request: JVM %4.0f us + PostgreSQL %4.0f us  (load %s -> %s)\n", m, r, p, ($3-$1)*1000/$5, ($4-$2)*1000/$5, l0, l1}'
done
