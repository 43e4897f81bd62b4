#!/usr/bin/env bash
# Backup and restore (docs/BENCHMARKS.md, "Backup and restore"), side by side in one run with
# Debian's pg_dump -Fc / pg_restore on the same server and the same rows.
#
#   backup-bench.sh [ROWS]   (default 3,900,000 bars of `bench csv`: the full market's first years)
#
# Debian bookworm ships PostgreSQL 15 only, and pg_dump 15 refuses a newer server, so it cannot
# dump the embedded PostgreSQL 17 (step 1 shows its refusal). The comparison therefore runs on a
# scratch PostgreSQL 15 cluster started here from Debian's binaries (/usr/lib/postgresql/15/bin,
# package postgresql-15), as user postgres, on 127.0.0.1:$PORT; both tools talk to it.
# WORK (default /tmp/backup-bench) holds the cluster, the CSV and the backups; it is removed at
# the end unless KEEP=1. The 1-minute load average is printed beside every figure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/stock-assistant"
ROWS=${1:-3900000}
WORK=${WORK:-/tmp/backup-bench}
PORT=${PORT:-54915}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$WORK"
chmod 755 "$WORK"

load() { cut -d' ' -f1 /proc/loadavg; }
measure() { # measure NAME COMMAND... : wall seconds and max RSS, with the load before and after
  local name=$1; shift
  local before; before=$(load)
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/$name.out" 2>&1 \
    || { echo "$name failed:"; tail -5 "$WORK/$name.out"; return 1; }
  read -r secs rss < "$WORK/time.txt"
  printf '%-28s %8.1f s  max RSS %6d MB  load %s -> %s\n' "$name" "$secs" $((rss / 1024)) \
    "$before" "$(load)"
}
sql() { "$PGBIN/psql" -X -q -t -A -h 127.0.0.1 -p "$PORT" -U postgres -d "${DB:-postgres}" -c "$1"; }

echo "== 1. Can Debian's pg_dump $("$PGBIN/pg_dump" --version | awk '{print $3}') dump the embedded PostgreSQL 17?"
embedded="$WORK/embedded"
STOCK_DATA_DIR="$embedded" "$cli" migrate > /dev/null
# migrate stops the server again; serve keeps it up while pg_dump tries
STOCK_DATA_DIR="$embedded" HTTP_PORT=0 "$cli" serve > "$WORK/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  [ -f "$embedded/postgres/pgdata/postmaster.pid" ] && grep -q 'Serving on' "$WORK/serve.log" && break
  sleep 1
done
eport=$(sed -n 4p "$embedded/postgres/pgdata/postmaster.pid")
PGPASSWORD=$(cat "$embedded/postgres/superuser.password") "$PGBIN/pg_dump" -Fc -h 127.0.0.1 \
  -p "$eport" -U postgres -f /dev/null stock_assistant 2>&1 | sed 's/^/   /' || true
kill "$serve_pid"; wait "$serve_pid" || true

echo "== 2. A scratch PostgreSQL 15 cluster on 127.0.0.1:$PORT"
data="$WORK/pg15"
install -d -o postgres -m 700 "$WORK/pg15-log"
if [ ! -f "$data/PG_VERSION" ]; then
  install -d -o postgres -m 700 "$data"
  runuser -u postgres -- "$PGBIN/initdb" -D "$data" -A trust -E UTF8 --no-locale > /dev/null
fi
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$data" -l "$WORK/pg15-log/server.log" -w -o \
  "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_wal_size=4GB -c shared_buffers=256MB" start > /dev/null
stop() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$data" -m fast -w stop > /dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap stop EXIT
"$PGBIN/psql" --version | sed 's/^/   client: /'
echo "   server: $(sql 'SHOW server_version')"
url() { echo "postgresql://postgres:unused@127.0.0.1:$PORT/$1"; }

if [ "$(sql "SELECT count(*) FROM pg_database WHERE datname = 'source'")" = 0 ]; then
  echo "== 3. $ROWS bars (bench csv) imported into database source"
  sql 'CREATE DATABASE source'
  [ -f "$WORK/bars.csv" ] || "$cli" bench csv --rows "$ROWS" --out "$WORK/bars.csv"
  DATABASE_URL=$(url source) "$cli" import "$WORK/bars.csv" > "$WORK/import.out" 2>&1
  tail -1 "$WORK/import.out"
  DB=source sql 'VACUUM ANALYZE'
fi
echo "   rows: $(DB=source sql 'SELECT count(*) FROM stock_daily') bars, $(DB=source sql 'SELECT count(*) FROM stock_info') stocks;" \
  "database $(DB=source sql "SELECT pg_size_pretty(pg_database_size('source'))")"

echo "== 4. Backup, side by side"
rm -rf "$WORK/ours" "$WORK/dump.pgc"
measure "backup (ours, zstd -5)" env DATABASE_URL="$(url source)" "$cli" backup --no-check --out "$WORK/ours"
ours=$(ls -d "$WORK"/ours/backup-*)
measure "pg_dump -Fc" "$PGBIN/pg_dump" -Fc -h 127.0.0.1 -p "$PORT" -U postgres -f "$WORK/dump.pgc" source
measure "backup --verify (ours)" env DATABASE_URL="$(url source)" "$cli" backup --verify "$ours"
printf '%-28s %8.1f MB\n' "size: ours" "$(du -sb "$ours" | awk '{print $1 / 1e6}')"
printf '%-28s %8.1f MB\n' "size: pg_dump -Fc" "$(du -sb "$WORK/dump.pgc" | awk '{print $1 / 1e6}')"

echo "== 5. Restore into an empty database, side by side"
sql 'DROP DATABASE IF EXISTS restored_ours' ; sql 'CREATE DATABASE restored_ours'
sql 'DROP DATABASE IF EXISTS restored_pg' ; sql 'CREATE DATABASE restored_pg'
measure "restore (ours)" env DATABASE_URL="$(url restored_ours)" "$cli" restore "$ours"
measure "pg_restore" "$PGBIN/pg_restore" -h 127.0.0.1 -p "$PORT" -U postgres -d restored_pg "$WORK/dump.pgc"
for db in source restored_ours restored_pg; do
  echo "   $db: $(DB=$db sql 'SELECT count(*) FROM stock_daily') bars," \
    "md5 of the bars $(DB=$db sql "SELECT md5(string_agg(t::text, '' ORDER BY third_code, trade_date)) FROM stock_daily t")"
done
uptime
