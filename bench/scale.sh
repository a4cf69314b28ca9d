#!/usr/bin/env bash
# Ingests N generated documents (entente generate, seed 1) into SQLite and, when ENTENTE_TEST_PG_URL
# is set, PostgreSQL; reports docs/s, store size and dossier latency (in-process Queries, no response
# cache) as JMH sample-time percentiles p50/p95/p99 for the busiest pair (USA-RUS) and a typical one.
# Usage: bench/scale.sh N   Needs entente-cli/target/entente.jar and entente-bench/target/benchmarks.jar.
# Not yet covered: timeline, commitments board and search latencies.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:?usage: bench/scale.sh N}"
JAR=entente-cli/target/entente.jar
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
OUT=bench/results/scale.txt
TMP="$(mktemp -d)"
GEN="$TMP/gen-$N.jsonl.gz"
java -jar "$JAR" generate --count "$N" --seed 1 --output "$GEN"
{
  echo "# entente scale benchmark, N=$N generated documents (seed 1), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# command: bench/scale.sh $N; JVM options: $JAVA_OPTS"
} > "$OUT"
stores=("$TMP/scale.db")
[ -n "${ENTENTE_TEST_PG_URL:-}" ] && stores+=("$ENTENTE_TEST_PG_URL")
for store in "${stores[@]}"; do
  label=sqlite; [[ "$store" == jdbc:postgresql* ]] && label=postgresql
  echo "## $label; load before: $(uptime)" >> "$OUT"
  /usr/bin/time -f "wall %e s, CPU user %U s sys %S s, max RSS %M KB" -o "$TMP/time" \
    java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$store" "$GEN" >> "$OUT"
  cat "$TMP/time" >> "$OUT"
  [ "$label" = sqlite ] && ls -l "$store" | awk '{print "store size bytes: " $5}' >> "$OUT"
  java -Xmx1g -jar entente-bench/target/benchmarks.jar DossierBenchmark.topOfficials -f 1 -wi 1 -w 1s -i 3 -r 2s -bm sample -tu ms \
    -p store="$store" -p pair=USA-RUS,FRA-JPN 2>/dev/null | sed -n '/^Benchmark/,$p' | grep -E "Benchmark|p0.50|p0.95|p0.99|·" >> "$OUT"
  echo "load after: $(uptime)" >> "$OUT"
done
rm -rf "$TMP"
cat "$OUT"
