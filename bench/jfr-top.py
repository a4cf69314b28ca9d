#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: share per thread group, top self frames,
first org.entente frames and inclusive org.entente frames, overall and for the ingest writer.
Usage: bench/jfr-top.py RECORDING.jfr [RECORDING.jfr…] [TOP]   (needs the JDK's `jfr` tool on PATH;
several recordings are summarised together)"""
import collections, re, subprocess, sys

def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         check=True, capture_output=True, text=True).stdout
    for block in out.split("jdk.ExecutionSample")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', block)
        thread = m.group(1) if m else "?"
        frames = re.findall(r'^\s+([\w$.<>/]+\([^)]*\))\s+line:', block, re.M)
        yield thread, frames

def group(thread):
    return re.sub(r"-\d+$", "", thread)

def main():
    args = sys.argv[1:]
    top = int(args.pop()) if len(args) > 1 and args[-1].isdigit() else 25
    by_thread, data = collections.Counter(), []
    for path in args:
        for thread, frames in samples(path):
            if frames:
                by_thread[group(thread)] += 1
                data.append((group(thread), frames))
    n = len(data)
    print(f"samples {n}")
    print("== threads")
    for t, c in by_thread.most_common(8):
        print(f"  {100 * c / n:5.1f}% {t}")
    for title, subset in (("all threads", data),
                          ("ledger-writer", [d for d in data if d[0] == "ledger-writer"]),
                          ("extract", [d for d in data if d[0] == "extract"])):
        m = len(subset) or 1
        self_, first, incl = collections.Counter(), collections.Counter(), collections.Counter()
        for _, frames in subset:
            self_[frames[0]] += 1
            ours = [f for f in frames if f.startswith("org.entente")]
            if ours:
                first[ours[0]] += 1
            for f in set(ours):
                incl[f] += 1
        for name, counter in (("top self frames", self_), ("first org.entente frame", first),
                              ("inclusive org.entente frames", incl)):
            print(f"== {title}: {name} ({len(subset)} samples)")
            for f, c in counter.most_common(top):
                print(f"  {100 * c / m:5.1f}% {f}")

main()
