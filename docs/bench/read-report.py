"""One line per read for scale-bench.sh: the HTTP side beside pgbench, and what each request
cost in CPU on the whole machine (server, database and load generator), which is what a
CPU-bound 2-core box divides between them: a ratio that a busy neighbour skews far less than
the wall-clock one."""
import re
import sys

kind, before, after, rss, http, pgb, cpu, secs = sys.argv[1:]
c0, c1, c2, j0, j1, hz = map(float, cpu.split())
rps = float(re.search(r"rps=([\d.]+)", http).group(1))
p50, p99 = re.search(r"p50=([\d.]+) p90=[\d.]+ p99=([\d.]+)", http).groups()
errors = re.search(r"errors (.*)", http).group(1)
size = re.search(r"bytes_per_req=(\d+)", http).group(1)
tps = float(re.search(r"tps=([\d.]+)", pgb).group(1))
q50, q99 = re.search(r"p50_ms=([\d.]+) p99_ms=([\d.]+)", pgb).groups()
wrk_cpu = sum(map(float, re.search(r"CLIENT ([\d.]+) ([\d.]+)", http).groups()))
pgb_cpu = sum(map(float, re.search(r"CLIENT ([\d.]+) ([\d.]+)", pgb).groups()))
n_http, n_pgb = rps * float(secs), tps * float(secs)
jvm, db_http, db_pgb = (j1 - j0) / hz, (c1 - c0) / hz, (c2 - c1) / hz
per_http = (jvm + db_http + wrk_cpu) / n_http * 1000
per_pgb = (db_pgb + pgb_cpu) / n_pgb * 1000
print(f"{kind:8s} HTTP {rps:8.1f} req/s (p50 {p50} / p99 {p99} ms, {size} B/req, {errors}) | "
      f"pgbench {tps:8.1f} tps (p50 {q50} / p99 {q99} ms) | ratio {rps / tps:.2f} | "
      f"server RSS {rss} MB | load {before} -> {after}")
print(f"{'':8s} CPU per request: HTTP {per_http:.3f} ms (JVM {jvm / n_http * 1000:.3f}, "
      f"PostgreSQL {db_http / n_http * 1000:.3f}, wrk {wrk_cpu / n_http * 1000:.3f}) | pgbench "
      f"{per_pgb:.3f} ms (PostgreSQL {db_pgb / n_pgb * 1000:.3f}, pgbench "
      f"{pgb_cpu / n_pgb * 1000:.3f}) | CPU-bound ratio {per_pgb / per_http:.2f}")
