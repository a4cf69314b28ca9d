#!/usr/bin/env bash
# Ingest of both corpora (reuters21578 + article-bias-prediction) into a fresh store, on SQLite and on
# PostgreSQL, RUNS times each (interleaved): docs/s, wall, CPU user+sys, CPU ms per document and peak
# RSS (/usr/bin/time -v "Maximum resident set size") of every run, then the median of each store.
# Usage: bench/ingest.sh [SHARED_DIR]   (default ../shared, else /work/shared)
# Needs: ./mvnw -B -o -pl entente-cli -am package -DskipTests   (entente-cli/target/entente.jar)
# Environment:
#   JAR                   the build to measure (default entente-cli/target/entente.jar)
#   RUNS                  runs per store (default 3)
#   ENTENTE_BENCH_PG_URL  JDBC URL of a PostgreSQL database this script may empty, and
#   ENTENTE_BENCH_PSQL    the same database as a psql connection string; without them, SQLite only.
#                         A server: ENTENTE_PG_DIR=/tmp/pg-bench ENTENTE_PG_PORT=5442 .ci/postgres.sh
#   JAVA_OPTS             JVM options (default the launcher's: -Xmx1g -XX:TieredStopAtLevel=1)
#   OUT                   where the figures go (default bench/results/ingest.txt)
#   DOSSIERS=1            also time dossiers of busy pairs on the last SQLite store (JMH, needs
#                         entente-bench/target/benchmarks.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR="${JAR:-entente-cli/target/entente.jar}"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
RUNS="${RUNS:-3}"
OUT="${OUT:-bench/results/ingest.txt}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
CORPORA=("$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz")
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
stores=(sqlite); [ -n "${ENTENTE_BENCH_PG_URL:-}" ] && stores+=(pg)

{
  echo "# entente ingest benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD), jar $JAR"
  echo "# ingest --threads 2 (2 extraction threads, 1 writer) of reuters21578 + article-bias-prediction into a fresh store"
  echo "# command: JAR=$JAR RUNS=$RUNS bench/ingest.sh   (JVM: $JAVA_OPTS)"
  echo "# store   run  documents  docs/s   wall      CPU user+sys        peak RSS   load before"
} > "$OUT"

for run in $(seq 1 "$RUNS"); do
  for store in "${stores[@]}"; do
    if [ "$store" = pg ]; then
      psql -q "$ENTENTE_BENCH_PSQL" -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" >/dev/null 2>&1
      db="$ENTENTE_BENCH_PG_URL"
    else
      rm -f "$TMP"/i.db*; db="$TMP/i.db"
    fi
    load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -v java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$db" --threads 2 \
      "${CORPORA[@]}" > "$TMP/out" 2> "$TMP/time"
    docs="$(sed -E 's/.*added ([0-9]+).*/\1/' "$TMP/out")"
    rate="$(sed -E 's/.*\(([0-9]+) docs\/s\).*/\1/' "$TMP/out")"
    wall="$(sed -E 's/.* in ([0-9.]+) s .*/\1/' "$TMP/out")"
    user="$(awk -F': ' '/User time/ {print $2}' "$TMP/time")"
    sys="$(awk -F': ' '/System time/ {print $2}' "$TMP/time")"
    rss="$(awk -F': ' '/Maximum resident/ {print $2}' "$TMP/time")"
    awk -v s="$store" -v r="$run" -v d="$docs" -v q="$rate" -v w="$wall" -v u="$user" -v y="$sys" \
      -v m="$rss" -v l="$load" 'BEGIN {
      printf "%-7s %3d  %9d  %6d  %6.1f s  %6.1f s = %.2f ms/doc  %5d MB   %s\n",
        s, r, d, q, w, u + y, 1000 * (u + y) / d, m / 1024, l }' | tee -a "$OUT"
  done
done

echo "## medians over $RUNS runs (docs/s, CPU ms/doc), largest peak RSS" >> "$OUT"
for store in "${stores[@]}"; do
  rows="$(awk -v s="$store" '$1 == s' "$OUT")"; n="$(echo "$rows" | wc -l)"; mid=$(( (n + 1) / 2 ))
  rate="$(echo "$rows" | awk '{print $4}' | sort -n | sed -n "${mid}p")"
  cpu="$(echo "$rows" | awk '{print $10}' | sort -n | sed -n "${mid}p")"
  rss="$(echo "$rows" | awk '{print $12}' | sort -n | tail -1)"
  printf "%-7s median %s docs/s, %s ms/doc CPU, peak RSS %s MB (%s runs)\n" "$store" "$rate" "$cpu" "$rss" "$n" >> "$OUT"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"

if [ "${DOSSIERS:-0}" = 1 ]; then
  echo "## dossiers of busy pairs, JMH single-shot times, 15 measured runs each" >> "$OUT"
  rm -f "$TMP"/i.db*
  java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$TMP/i.db" "${CORPORA[@]}" >/dev/null
  java $JAVA_OPTS -jar entente-bench/target/benchmarks.jar DossierBenchmark -f 1 -wi 3 -i 15 \
    -p store="$TMP/i.db" -p pair=USA-RUS,USA-JPN,USA-CHN,EU-MAR 2>/dev/null | sed -n '/^Benchmark/,$p' >> "$OUT"
fi
cat "$OUT"
