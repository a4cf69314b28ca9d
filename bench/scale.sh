#!/usr/bin/env bash
# Ingests N generated documents (entente generate, seed 1) into SQLite and, when ENTENTE_BENCH_PG_URL
# is set, PostgreSQL; reports docs/s, CPU, max RSS, store size, and the latency of the dossier, the
# timeline, the commitments board and search (in-process Queries: no server, so no response cache)
# as JMH sample-time percentiles p50/p95/p99 for the busiest pair (most records) and a typical one
# (the median pair among those with at least 5 records).
# Usage: bench/scale.sh N
#   Needs entente-cli/target/entente.jar, entente-bench/target/benchmarks.jar and sqlite3.
#   PostgreSQL: ENTENTE_BENCH_PG_URL (JDBC URL of a database this script empties) and
#   ENTENTE_BENCH_PSQL (the same database as a psql connection string), e.g. after
#   eval "$(.ci/postgres.sh)" and createdb of a database of your own.
# Writes bench/results/scale.txt (OUT=FILE elsewhere); SCALE_KEEP=FILE keeps a copy of the SQLite
# ledger there. SCALE_LEDGER=FILE measures the queries on that SQLite ledger (e.g. a copy kept by
# SCALE_KEEP, or an ingest stopped part way) without generating or ingesting; N is then only a label.
# BEFORE_BENCH=JAR also runs another build's LedgerQueryBenchmark on each store (rows
# "before"; this build's rows are "now"); JAR=FILE ingests with another entente.jar; BENCH=JAR runs
# another build's benchmarks.jar as "now" (e.g. the jars of a "before" build, measured like this one).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:?usage: bench/scale.sh N}"
JAR="${JAR:-entente-cli/target/entente.jar}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 1 -w 2s -i 3 -r 3s}"
OUT="${OUT:-bench/results/scale.txt}"
TMP="$(mktemp -d)"
trap '[ -n "${SCALE_KEEP:-}" ] && [ -f "$TMP/scale.db" ] && cp "$TMP/scale.db" "$SCALE_KEEP"; rm -rf "$TMP"' EXIT
GEN="$TMP/gen-$N.jsonl.gz"
if [ -n "${SCALE_LEDGER:-}" ]; then
  DB="$SCALE_LEDGER"
  echo "# entente scale benchmark, queries only on $DB ($(sqlite3 "$DB" "SELECT COUNT(*) FROM documents") documents), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)" > "$OUT"
  echo "# command: SCALE_LEDGER=$DB bench/scale.sh $N; JMH: $JMH_OPTS -bm sample -tu ms" >> "$OUT"
  stores=("$DB")
else
  java -jar "$JAR" generate --count "$N" --seed 1 --output "$GEN" 2>/dev/null
  {
    echo "# entente scale benchmark, N=$N generated documents (seed 1, $(zcat "$GEN" | wc -c) bytes of JSON Lines), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
    echo "# command: bench/scale.sh $N; JVM options: $JAVA_OPTS; JMH: $JMH_OPTS -bm sample -tu ms"
  } > "$OUT"
  DB="$TMP/scale.db"
  stores=("$DB")
  [ -n "${ENTENTE_BENCH_PG_URL:-}" ] && stores+=("$ENTENTE_BENCH_PG_URL")
fi
for store in "${stores[@]}"; do
  label=sqlite; [[ "$store" == jdbc:postgresql* ]] && label=postgresql
  if [ "$label" = postgresql ]; then
    psql -q "$ENTENTE_BENCH_PSQL" -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" >/dev/null 2>&1
  fi
  echo "## $label; load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
  if [ -z "${SCALE_LEDGER:-}" ]; then
    /usr/bin/time -f "wall %e s, CPU user %U s sys %S s, max RSS %M KB" -o "$TMP/time" \
      java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$store" "$GEN" >> "$OUT"
    cat "$TMP/time" >> "$OUT"
  fi
  if [ "$label" = sqlite ]; then
    echo "store size: $(du -cb "$DB"* | tail -1 | cut -f1) bytes (file and WAL)" >> "$OUT"
    # Pairs of actors by number of records they share; the busiest, and the median of those with >= 5.
    sqlite3 "$DB" "SELECT x.actor || '-' || y.actor, COUNT(*) FROM record_parties x
      JOIN record_parties y ON y.record_id = x.record_id AND x.actor < y.actor
      GROUP BY x.actor, y.actor HAVING COUNT(*) >= 5 ORDER BY COUNT(*) DESC" > "$TMP/pairs"
    busiest="$(head -1 "$TMP/pairs" | cut -d'|' -f1)"
    typical="$(sed -n "$(( ($(wc -l < "$TMP/pairs") + 1) / 2 ))p" "$TMP/pairs" | cut -d'|' -f1)"
    echo "pairs with >= 5 shared records: $(wc -l < "$TMP/pairs"); busiest $(head -1 "$TMP/pairs"), typical (median) $(grep "^$typical|" "$TMP/pairs") (records)" >> "$OUT"
    echo "records: $(sqlite3 "$DB" "SELECT type || ' ' || COUNT(*) FROM records GROUP BY type" | tr '\n' ' ')" >> "$OUT"
  else
    echo "store size: $(psql -qtA "$ENTENTE_BENCH_PSQL" -c "SELECT pg_database_size(current_database())") bytes (pg_database_size)" >> "$OUT"
  fi
  # The benchmarks of this build and, with BEFORE_BENCH=JAR (benchmarks.jar of another build), of that
  # one on the same store right after: the queries before and after a change, on one ledger.
  benches=("now=${BENCH:-entente-bench/target/benchmarks.jar}"); [ -n "${BEFORE_BENCH:-}" ] && benches+=("before=$BEFORE_BENCH")
  for bench in "${benches[@]}"; do
    name="${bench%%=*}"
    java -Xmx1g -jar "${bench#*=}" LedgerQueryBenchmark $JMH_OPTS -bm sample -tu ms \
      -p store="$store" -p pair="$busiest,$typical" 2>/dev/null > "$TMP/jmh"
    # One line per benchmark and pair: calls sampled, p50, p95, p99.
    awk -v build="$name" '/^LedgerQueryBenchmark\.[a-zA-Z]+ / && NF >= 8 { key = $1 " " $2; n[key] = $5 }
         /:p0\.(50|95|99) / { split($1, b, ":"); key = b[1] " " $2; v[key, b[2]] = $(NF-1) }
         END { for (k in n) printf "%-6s %-45s %-8s calls %6d  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms\n",
               build, substr(k, 1, index(k, " ") - 1), substr(k, index(k, " ") + 1), n[k],
               v[k, "p0.50"], v[k, "p0.95"], v[k, "p0.99"] }' "$TMP/jmh" | sort -k2,3 -k1,1r >> "$OUT"
  done
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
done
cat "$OUT"
