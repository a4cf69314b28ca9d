#!/usr/bin/env bash
# Ingest both corpora into a fresh SQLite store and time repeated dossier queries.
# Usage: bench/ingest.sh [SHARED_DIR]   (default ../shared, else /work/shared)
# Needs: ./mvnw -B -o -pl entente-cli,entente-bench -am package -DskipTests
#        (builds entente-cli/target/entente.jar and entente-bench/target/benchmarks.jar)
# Writes figures to bench/results/ingest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR=entente-cli/target/entente.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
OUT=bench/results/ingest.txt
DB="$(mktemp -d)/bench.db"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
{
  echo "# entente ingest benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "## ingest (2 extraction threads, 1 writer, batches of 200) of reuters21578 + article-bias-prediction"
} > "$OUT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
/usr/bin/time -v java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$DB" --threads 2 \
  "$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz" \
  > /tmp/entente-bench-ingest.out 2> /tmp/entente-bench-time.txt
cat /tmp/entente-bench-ingest.out >> "$OUT"
grep -E "Elapsed \(wall|Maximum resident|User time|System time" /tmp/entente-bench-time.txt >> "$OUT"
awk -F': ' '/User time|System time/ {s += $2} END {printf "CPU user+sys: %.1f s\n", s}' /tmp/entente-bench-time.txt >> "$OUT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
echo "## re-ingest (idempotence: everything unchanged)" >> "$OUT"
java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$DB" \
  "$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz" >> "$OUT"
echo "## dossiers of busy pairs, JMH single-shot times, 15 measured runs each (default officials, then all)" >> "$OUT"
java $JAVA_OPTS -jar entente-bench/target/benchmarks.jar DossierBenchmark -f 1 -wi 3 -i 15 \
  -p store="$DB" -p pair=USA-RUS,USA-JPN,USA-CHN,EU-MAR 2>/dev/null | sed -n '/^Benchmark/,$p' >> "$OUT"
ls -l "$DB" | awk '{print "store size bytes: " $5}' >> "$OUT"
cat "$OUT"
