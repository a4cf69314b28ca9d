#!/usr/bin/env bash
# Measures the throughput of the pipeline (MB of text per second per core, one thread) on the
# Reuters-21578 corpus with JMH, and writes the figures to bench/results/throughput.txt.
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
java -Dentente.corpus="$corpus" -jar entente-bench/target/benchmarks.jar PipelineBenchmark \
  -f 1 -wi 1 -i 3 -t 1 -p documents="$documents" -rf json -rff "$results/jmh.json"
java -Dentente.corpus="$corpus" -cp entente-bench/target/benchmarks.jar \
  org.entente.bench.ThroughputReport "$results/jmh.json" "$results/throughput.txt"
