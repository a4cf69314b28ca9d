#!/usr/bin/env bash
# Compares the full pipeline of two builds with JMH, alternated over two rounds so that the load of
# a shared machine falls on both: BASE is another checkout's entente-bench/target/benchmarks.jar
# (e.g. a git worktree of the commit to compare with), AFTER this checkout's. Figures go to
# bench/results/jmh-compare-DATE.txt; compare the rows of one run, never figures of two runs.
#
#   git worktree add /tmp/base COMMIT && (cd /tmp/base && ./mvnw -q -o -pl entente-bench -am package -DskipTests)
#   BASE=/tmp/base/entente-bench/target/benchmarks.jar bench/jmh-compare.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
base="${BASE:?set BASE to the other build's benchmarks.jar}"
corpus="${ENTENTE_CORPUS:-${ENTENTE_SHARED:-$root/../shared}/corpus/reuters21578.jsonl.gz}"
documents="${DOCUMENTS:-2000}"
out="bench/results/jmh-compare-$(date -u +%F).txt"
./mvnw -B -q ${MAVEN_FLAGS:-} -pl entente-bench -am package -DskipTests
{
  echo "# $(date -u +%FT%TZ) PipelineBenchmark.defaultPipeline, Reuters first $documents documents, 1 thread;" \
    "base = $base, after = $(git rev-parse --short HEAD); alternated, two rounds"
  for round in 1 2; do
    for jar in "$base" entente-bench/target/benchmarks.jar; do
      echo "== $round $jar load $(cut -d' ' -f1 /proc/loadavg)"
      java -Dentente.corpus="$corpus" -jar "$jar" PipelineBenchmark.defaultPipeline -f 1 -wi 2 -i 3 \
        -w 5s -r 5s -t 1 -p documents="$documents" 2>&1 | grep -A1 '^Benchmark' | tail -1
    done
  done
} | tee "$out"
