"""CPU time per answer of the server JVM and of PostgreSQL (postmaster and its backends), read
from /proc around N sequential requests: unlike requests/s, it hardly moves when neighbours load
the machine. Paths alternate A B B A ... so warm-up and drift hit both alike.

usage: cpu-per-answer.py BASE_URL JVM_PID POSTMASTER_PID [N]
"""
import json
import os
import subprocess
import sys
import urllib.request

base, jvm, postmaster = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 100
tick = os.sysconf("SC_CLK_TCK")
codes = ["600000.SH", "000001.SZ", "300001.SZ", "830001.BJ", "600001.SH"]


def seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / tick


def postgres():
    children = subprocess.check_output(["ps", "--ppid", str(postmaster), "-o", "pid="]).split()
    return [postmaster] + [int(pid) for pid in children]


def tushare(code):
    body = json.dumps({"api_name": "daily", "token": "", "fields": "", "params": {
        "ts_code": code, "start_date": "20050101", "end_date": "20141231"}}).encode()
    return urllib.request.urlopen(urllib.request.Request(base + "/tushare", body)).read()


def json_range(code):
    return urllib.request.urlopen(
        f"{base}/api/v1/quotes/daily/{code}?start=2005-01-01&end=2014-12-31").read()


paths = {"tushare-daily": tushare, "range-10y": json_range}
totals = {name: [0.0, 0.0] for name in paths}
for rnd in range(4):
    names = list(paths) if rnd % 2 == 0 else list(reversed(paths))
    for name in names:
        jvm0, pg0 = seconds([jvm]), seconds(postgres())
        for i in range(n):
            paths[name](codes[i % len(codes)])
        totals[name][0] += seconds([jvm]) - jvm0
        totals[name][1] += seconds(postgres()) - pg0
for name, (jvm_s, pg_s) in totals.items():
    per = 4 * n
    print(f"{name}: CPU per answer: JVM {jvm_s / per * 1000:.1f} ms, PostgreSQL {pg_s / per * 1000:.1f} ms")
t, j = totals["tushare-daily"], totals["range-10y"]
print(f"JVM CPU /tushare to JSON range read: {t[0] / j[0]:.2f}; JVM+PostgreSQL: {sum(t) / sum(j):.2f}")
