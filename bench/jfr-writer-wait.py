#!/usr/bin/env python3
"""Where the ingest writer waits on its store: the jdk.NativeMethodSample events of the ledger-writer
thread (a thread blocked in a socket read to PostgreSQL, or in SQLite's native code, is sampled there,
every 20 ms with JFR's `profile` settings), grouped by whether the statement that waited first ran the
rows queued in the batch (FLUSH: Db.flushDeferred on the stack) or ran alone (own), by the Db method
and by the first store frame that called it.
Usage: bench/jfr-writer-wait.py RECORDING.jfr [TOP]   (needs the JDK's `jfr` tool on PATH)
A recording: java -XX:StartFlightRecording=filename=R.jfr,settings=profile -jar entente.jar ingest ..."""
import collections, re, subprocess, sys

def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    out = subprocess.run(["jfr", "print", "--events", "jdk.NativeMethodSample", "--stack-depth", "64", path],
                         check=True, capture_output=True, text=True).stdout
    waits = collections.Counter()
    for block in out.split("\njdk.")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', block)
        if not m or not m.group(1).startswith("ledger-writer"):
            continue
        frames = re.findall(r'^\s+([\w$.<>/]+\([^)]*\))\s+line: (\d+)', block, re.M)
        flush = any("Db.flushDeferred(" in f for f, _ in frames)
        method = next((f.split("(")[0].split(".")[-1] + ":" + l for f, l in frames
                       if ".Db." in f and "flushDeferred" not in f and "Db.acquire" not in f), "?")
        caller = next((f.split("(")[0].replace("org.entente.store.", "") + ":" + l for f, l in frames
                       if f.startswith("org.entente") and ".Db." not in f), "?")
        waits[("FLUSH " if flush else "own   ") + method + "  " + caller] += 1
    n = sum(waits.values())
    print(f"ledger-writer native samples {n} (~{n * 0.02:.0f} s at 20 ms)")
    for k, v in waits.most_common(top):
        print(f"{v:6d} {100 * v / max(n, 1):5.1f}%  {k}")

if __name__ == "__main__":
    main()
