#!/usr/bin/env bash
# Measures the Spark job's scaling in local mode: the whole `extract` job (read, extract, stories,
# merges, every table written) at local[1] and local[2], RUNS times each (default 2), and writes the
# medians (docs/s and MB/s of input JSON Lines, as the job's own accumulators count them) and the
# ratio local[2]/local[1] to bench/results/spark.txt. The machine may be shared: each run also
# records the CPU time of its JVM (user+sys, /usr/bin/time) and the 1-minute load average before
# and after it, so that a wall-clock figure can be read against the load it ran under.
#
#   bench/spark.sh                      # the full Reuters-21578 corpus (21,578 documents)
#   CORPUS=all bench/spark.sh           # both full corpora (43,412 documents)
#   CORPUS=generated N=50000 bench/spark.sh   # N documents of entente generate (seed 1)
#   RUNS=3 MAVEN_FLAGS=-o bench/spark.sh
#
# The corpora are read from $ENTENTE_SHARED/corpus, else ../shared/corpus next to the repository.
# Set BUILD=0 to reuse entente-spark/target/entente-spark.jar; JAVA_OPTS adds JVM options to each run.
# PIN=1 runs local[N] on N cores only (taskset), JVM threads included: without it, local[1] also gets
# the second core for the JIT compiler and GC, and its baseline is not one core's throughput.
set -euo pipefail
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"  # local mode stays on the loopback interface

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${ENTENTE_SHARED:-$root/../shared}"
runs="${RUNS:-2}"
results="$root/bench/results"
case "${CORPUS:-reuters}" in
  reuters) inputs=("$shared/corpus/reuters21578.jsonl.gz"); label="reuters21578.jsonl.gz (full)";;
  all) inputs=("$shared/corpus/reuters21578.jsonl.gz" "$shared/corpus/article-bias-prediction.jsonl.gz")
       label="reuters21578.jsonl.gz + article-bias-prediction.jsonl.gz (full)";;
  generated) n="${N:-50000}"; gen="$(mktemp -d)/gen-$n.jsonl.gz"; inputs=("$gen")
       label="$n generated documents (entente generate --seed 1)";;
  *) echo "CORPUS must be reuters, all or generated" >&2; exit 2;;
esac
if [[ "${CORPUS:-reuters}" == generated ]]; then
  java -jar "$root/entente-cli/target/entente.jar" generate --count "$n" --seed 1 --output "$gen" 2>/dev/null \
    || { echo "build entente-cli first (entente generate)" >&2; exit 2; }
fi
for f in "${inputs[@]}"; do
  [[ -f "$f" ]] || { echo "corpus not found: $f (set ENTENTE_SHARED)" >&2; exit 2; }
done

cd "$root"
if [[ "${BUILD:-1}" != 0 ]]; then
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MAVEN_FLAGS:-} -pl entente-spark -am package -DskipTests
fi
jar="entente-spark/target/entente-spark.jar"
cp="$jar:$(cat entente-spark/target/spark-classpath.txt)"
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' entente-spark/pom.xml)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$results"
log="$work/runs.txt"

load1() { cut -d' ' -f1 /proc/loadavg; }

for master in 'local[1]' 'local[2]'; do
  for i in $(seq 1 "$runs"); do
    before="$(load1)"
    # shellcheck disable=SC2086
    pin=()
    if [[ "${PIN:-0}" == 1 ]]; then
      n="${master//[!0-9]/}"
      pin=(taskset -c "0-$((n - 1))")
    fi
    "${pin[@]}" /usr/bin/time -f 'cpu %U %S' -o "$work/time.txt" java $opens -Xmx6g ${JAVA_OPTS:-} -cp "$cp" \
      org.entente.spark.EntenteSpark extract --master "$master" --output "$work/out" "${inputs[@]}" \
      2>"$work/stderr.txt" | tee "$work/run.txt"
    echo "$(cat "$work/run.txt") | $(tail -1 "$work/time.txt") | load $before $(load1)" >>"$log"
    rm -rf "$work/out"
  done
done

python3 - "$log" "$results/spark.txt" "$label" "$runs" <<'PY'
import re, statistics, sys, subprocess, datetime, os
log, out, label, runs = sys.argv[1:5]
by = {}
for line in open(log, encoding="utf-8"):
    m = re.search(r"master (\S+): (\d+) records, (\d+) documents, (\d+) bad .*, ([\d.]+) MB in ([\d.]+) s: ([\d.]+) docs/s, ([\d.]+) MB/s"
                  r" \| cpu ([\d.]+) ([\d.]+) \| load ([\d.]+) ([\d.]+)", line)
    if m:
        by.setdefault(m.group(1), []).append(m)
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
lines = [f"# entente-spark local-mode scaling, {datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%SZ')}, "
         f"{os.cpu_count()} cores, commit {commit}",
         f"# input: {label}; whole extract job (read, extract, stories, merges, all tables written); "
         f"{runs} runs per master, medians; JVM options: -Xmx6g {os.environ.get('JAVA_OPTS', '')}".rstrip()
         + ("; each local[N] pinned to N cores (taskset)" if os.environ.get("PIN") == "1" else "; not pinned: local[1] may use the second core for JIT and GC"),
         "# seconds: the job's wall clock from listing the inputs to the last table written;"
         " cpu: user+sys seconds of the whole JVM (start-up, JIT and GC included);"
         " load: 1-minute load average before/after the run",
         "# master     docs   MB(jsonl)  seconds  docs/s   MB/s   cpu-s   (each run: seconds, cpu-s, load)"]
med = {}
for master, ms in by.items():
    secs = [float(m.group(6)) for m in ms]
    cpus = [float(m.group(9)) + float(m.group(10)) for m in ms]
    dps = statistics.median(float(m.group(7)) for m in ms)
    mbs = statistics.median(float(m.group(8)) for m in ms)
    med[master] = (dps, mbs)
    runs_txt = "; ".join(f"{s:.1f} s, {c:.0f} cpu-s, load {m.group(11)}/{m.group(12)}"
                         for s, c, m in zip(secs, cpus, ms))
    lines.append(f"{master:10s} {ms[0].group(3):>6s} {float(ms[0].group(5)):9.2f} {statistics.median(secs):8.1f} "
                 f"{dps:7.1f} {mbs:6.3f} {statistics.median(cpus):7.0f}   ({runs_txt})")
if "local[1]" in med and "local[2]" in med:
    r = med["local[2]"][0] / med["local[1]"][0]
    lines.append(f"ratio local[2]/local[1]: {r:.2f}x docs/s, {med['local[2]'][1] / med['local[1]'][1]:.2f}x MB/s")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
