#!/usr/bin/env bash
# Measures the throughput of the pipeline (MB of text per second per core, one thread) on the
# Reuters-21578 corpus with JMH, and writes the figures to bench/results/throughput.txt: one line
# per benchmark of PipelineBenchmark (defaultPipeline: every stage; partOne: repair, sentences,
# actor mentions and officials; segmentation: sentences alone). JMH measures wall-clock time, so
# the file also records the load average before and after the run: on a busy machine the
# figures are low bounds.
#
#   bench/throughput.sh                 # the first 5,000 documents
#   DOCUMENTS=0 bench/throughput.sh     # all 21,578 documents
#
# The corpus is $ENTENTE_CORPUS, else $ENTENTE_SHARED/corpus/reuters21578.jsonl.gz, else
# ../shared/corpus/reuters21578.jsonl.gz next to the repository. Extra Maven flags (e.g. -o) go in
# $MAVEN_FLAGS.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${ENTENTE_SHARED:-$root/../shared}"
corpus="${ENTENTE_CORPUS:-$shared/corpus/reuters21578.jsonl.gz}"
documents="${DOCUMENTS:-5000}"
results="$root/bench/results"

if [[ ! -f "$corpus" ]]; then
  echo "corpus not found: $corpus (set ENTENTE_CORPUS or ENTENTE_SHARED)" >&2
  exit 2
fi

cd "$root"
# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_FLAGS:-} -pl entente-bench -am package -DskipTests
mkdir -p "$results"
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
java -Dentente.corpus="$corpus" -jar entente-bench/target/benchmarks.jar PipelineBenchmark \
  -f 1 -wi 3 -i 3 -t 1 -p documents="$documents" -rf json -rff "$results/jmh.json"
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
java -Dentente.corpus="$corpus" -cp entente-bench/target/benchmarks.jar \
  org.entente.bench.ThroughputReport "$results/jmh.json" "$results/throughput.txt"
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)," \
    "$(nproc 2>/dev/null || echo '?') cores, load average before: $load_before, after: $load_after"
} >>"$results/throughput.txt"
tail -n 1 "$results/throughput.txt"
