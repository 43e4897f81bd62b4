#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, from `jfr print` text (stdlib only).

    jfr print --stack-depth 64 --events jdk.ExecutionSample rec.jfr | jfr-top.py [--threads http-] [--folded out.folded]

Prints, over the samples of the threads whose name starts with --threads (default: "http-",
Jetty's request threads; "" for all):
  * the top frames by self share (the method the sample was in),
  * who spends the samples: each sample goes to the first frame from the top that a library or
    our code owns (so a HashMap lookup in routing counts for Javalin),
  * the inclusive share of named layers (a sample counts once per layer whose method is anywhere
    on its stack): the cost of each part of a request,
and with --folded writes the stacks in the folded format ("a;b;c count") that flamegraph.pl,
speedscope (https://www.speedscope.app, "import") and inferno read, to see a flame graph.
"""
import argparse
import collections
import re
import sys

# Where a sample's CPU goes: the first frame from the top of its stack that one of these matches
# (JDK frames such as HashMap or regex count for the library that called them).
OWNERS = [
    ("pgjdbc", r"^org\.postgresql\."),
    ("HikariCP", r"^com\.zaxxer\.hikari\."),
    ("MyBatis", r"^org\.apache\.ibatis\."),
    ("Resilience4j (guard)", r"^io\.github\.resilience4j\."),
    ("Dropwizard metrics", r"^com\.codahale\.metrics\."),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j|java\.util\.logging)\."),
    ("JSON body (BarPageStream, JsonNumbers, Jackson)", r"(BarPageStream|JsonNumbers|Columns\.|com\.fasterxml\.jackson)"),
    ("ETag (ConditionalGet)", r"ConditionalGet\."),
    ("our persistence adapter", r"^stockassistant\.adapters\.persistence\."),
    ("our application + domain", r"^stockassistant\.(application|domain)\."),
    ("our web adapter, other", r"^stockassistant\.adapters\.web\."),
    ("our bootstrap", r"^stockassistant\.bootstrap\."),
    ("Javalin (+ Kotlin stdlib)", r"^(io\.javalin|kotlin)\."),
    ("Jetty", r"^org\.eclipse\.jetty\."),
]

# Inclusive layers of a request: (label, regex on a frame's "class.method").
LAYERS = [
    ("Jetty + Javalin (HTTP parse/write, routing, handlers)", r"^(org\.eclipse\.jetty|io\.javalin)\."),
    ("our route code (web adapters)", r"^stockassistant\.adapters\.web\."),
    ("JSON body (BarPageStream / Jackson)", r"(BarPageStream|JsonNumbers|com\.fasterxml\.jackson)"),
    ("unit of work (Transactions.run)", r"^stockassistant\.adapters\.persistence\.session\.Transactions\.run"),
    ("  table version read (writeVersion)", r"QuoteRepository\.writeVersion"),
    ("  bar page read (quotes.bars)", r"QuoteRepository\.bars|MyBatisQuoteRepository\.bars"),
    ("  pool borrow (Hikari getConnection)", r"com\.zaxxer\.hikari\.(HikariDataSource|pool\.HikariPool)\.getConnection"),
    ("  MyBatis (session, mapper, statement)", r"^org\.apache\.ibatis\."),
    ("  pgjdbc", r"^org\.postgresql\."),
    ("  guard (resilience4j)", r"^io\.github\.resilience4j\."),
    ("metrics (Dropwizard)", r"^com\.codahale\.metrics\."),
    ("logging (logback/slf4j)", r"^(ch\.qos\.logback|org\.slf4j)\."),
    ("ETag (ConditionalGet)", r"ConditionalGet\."),
    ("gzip / compression", r"(java\.util\.zip|Gzip|Compress)"),
    ("socket write/read (NIO)", r"^(sun\.nio\.ch|java\.nio\.channels)\."),
]


def samples(lines, thread_prefix):
    thread, frames, in_stack = None, [], False
    for line in lines:
        s = line.strip()
        if s.startswith("sampledThread"):
            m = re.match(r'sampledThread = "([^"]*)"', s)
            thread = m.group(1) if m else ""
        elif s == "stackTrace = [":
            frames, in_stack = [], True
        elif in_stack and s == "]":
            in_stack = False
            if thread is not None and thread.startswith(thread_prefix):
                yield frames
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\(.*", "", s))  # class.method, parameters and line dropped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", default="http-")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--folded")
    a = ap.parse_args()
    self_count, layer_count, folded = collections.Counter(), collections.Counter(), collections.Counter()
    owner_count = collections.Counter()
    owners = [(label, re.compile(rx)) for label, rx in OWNERS]
    total = 0
    layers = [(label, re.compile(rx)) for label, rx in LAYERS]
    for frames in samples(sys.stdin, a.threads):
        if not frames:
            continue
        total += 1
        self_count[frames[0]] += 1
        owner_count[next((label for f in frames for label, rx in owners if rx.search(f)), "other (JDK)")] += 1
        for label, rx in layers:
            if any(rx.search(f) for f in frames):
                layer_count[label] += 1
        if a.folded:
            folded[";".join(reversed(frames))] += 1
    if total == 0:
        sys.exit("no samples of threads starting with %r" % a.threads)
    print(f"{total} samples of threads '{a.threads}*'")
    print(f"\ntop {a.top} frames by self share:")
    for frame, n in self_count.most_common(a.top):
        print(f"  {100.0 * n / total:5.1f} %  {frame}")
    print("\nwho spends it (first frame from the top that a library or our code owns; sums to 100 %):")
    for label, n in owner_count.most_common():
        print(f"  {100.0 * n / total:5.1f} %  {label}")
    print("\nlayers, inclusive share (a sample counts in every layer on its stack):")
    for label, _ in LAYERS:
        print(f"  {100.0 * layer_count[label] / total:5.1f} %  {label}")
    if a.folded:
        with open(a.folded, "w") as out:
            for stack, n in folded.items():
                out.write(f"{stack} {n}\n")
        print(f"\nfolded stacks: {a.folded}")


if __name__ == "__main__":
    main()
