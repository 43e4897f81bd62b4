#!/usr/bin/env bash
# Before/after of two builds on one database (issue 28: "speed unchanged or better"):
#   STOCK_DATA_DIR=... docs/bench/read-ab.sh CODES_FILE old=OLD.jar new=NEW.jar new=NEW.jar old=OLD.jar
# For each LABEL=JAR in turn: `serve` of that jar with the launcher's defaults on the one data
# directory, then docs/bench/BarReadLoad.java (8 client threads, SECONDS per read, after a 3 s
# warm-up) on the one-year range, latest bar, cross-section and /tushare daily reads, with the
# CPU per request of the JVM and of the embedded PostgreSQL, and the 1-minute load before/after.
# Each server first serves every read for WARMUP_SECONDS (8), discarded.
# CODES_FILE: the codes loaded, one per line (shared/bench gen_bars.py --format codes), with
# bars over 2023-01-01..2024-12-31. Alternate the jars (old new new old) on a quiet machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${STOCK_DATA_DIR:?set STOCK_DATA_DIR (a data directory with the bars loaded)}"
codes=$1; shift
port=${HTTP_PORT:-7191}
seconds=${SECONDS_PER_RUN:-10}
warmup=${WARMUP_SECONDS:-8}
cpu() {  # "jvm_ms pg_ms": CPU used so far by the JVM and by the embedded PostgreSQL
  local t jvm pg=0 pm
  t() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
  jvm=$(t "$1")
  pm=$(pgrep -f "^$STOCK_DATA_DIR/postgres/binaries/bin/postgres -D" | head -1)
  for p in $pm $(pgrep -P "$pm"); do pg=$((pg + $(t "$p"))); done
  echo "$((jvm * 1000 / $(getconf CLK_TCK))) $((pg * 1000 / $(getconf CLK_TCK)))"
}
for spec in "$@"; do
  label=${spec%%=*}; jar=${spec#*=}
  HTTP_PORT=$port MALLOC_ARENA_MAX=2 java -Xms64m -Xmx192m -XX:+UseG1GC \
    -XX:G1PeriodicGCInterval=60000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
    -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k \
    --add-opens=java.base/java.nio=ALL-UNNAMED -jar "$jar" serve > "/tmp/read-ab-$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null && break; sleep 1; done
  # warm-up: every read once, discarded, so that no read pays for the JIT of the code it shares
  # with the others (measured first and cold, the range read came out 15 % slower than warm)
  for read in range latest cross-section tushare-daily; do
    java "$here/BarReadLoad.java" "http://127.0.0.1:$port" "$codes" "$warmup" 8 "$read" > /dev/null
  done
  for read in range latest cross-section tushare-daily; do
    l0=$(cut -d' ' -f1 /proc/loadavg); c0=$(cpu $pid)
    line=$(java "$here/BarReadLoad.java" "http://127.0.0.1:$port" "$codes" "$seconds" 8 "$read")
    c1=$(cpu $pid); l1=$(cut -d' ' -f1 /proc/loadavg)
    rps=$(echo "$line" | awk '{print $2}')
    per=$(echo $c0 $c1 $rps $seconds | awk '{n=$5*$6+3*$5; printf "%.0f + %.0f", ($3-$1)*1000/n, ($4-$2)*1000/n}')
    echo "$(date -u +%T) $label $line  cpu/req us (jvm + pg, warm-up included) $per  load $l0 -> $l1"
  done
  kill $pid; wait $pid 2>/dev/null || true
done
