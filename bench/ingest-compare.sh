#!/usr/bin/env bash
# Ingest of each corpus into a fresh store, for several builds of entente in turn (interleaved, so
# that they meet the same machine load): docs/s, wall, CPU user+sys, CPU ms per document, max RSS.
# Usage: bench/ingest-compare.sh STORE CORPUS... -- NAME=JAR...
#   STORE: sqlite, or pg (needs ENTENTE_BENCH_PG_URL, a JDBC URL of a database this script may empty,
#          and ENTENTE_BENCH_PSQL, the same database as a psql connection string)
#   e.g. bench/ingest-compare.sh sqlite /work/shared/corpus/reuters21578.jsonl.gz -- \
#          before=/tmp/entente-before.jar after=entente-cli/target/entente.jar
# Extra ingest options from INGEST_ARGS (e.g. "--batch 1000"). Prints one line a run; JVM options from JAVA_OPTS (default: the launcher's, -Xmx1g C1 only).
set -euo pipefail
STORE="$1"; shift
corpora=(); while [ "$1" != "--" ]; do corpora+=("$1"); shift; done; shift
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
for corpus in "${corpora[@]}"; do
  for build in "$@"; do
    name="${build%%=*}"; jar="${build#*=}"
    if [ "$STORE" = pg ]; then
      psql -q "$ENTENTE_BENCH_PSQL" -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" >/dev/null 2>&1
      db="$ENTENTE_BENCH_PG_URL"
    else
      rm -f "$TMP"/i.db*; db="$TMP/i.db"
    fi
    load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/time" java $JAVA_OPTS -jar "$jar" ingest --no-progress \
      --db "$db" ${INGEST_ARGS:-} "$corpus" > "$TMP/out" 2>/dev/null
    read -r wall user sys rss < "$TMP/time"
    docs="$(sed -E 's/.*added ([0-9]+).*/\1/' "$TMP/out")"
    rate="$(sed -E 's/.*\(([0-9]+) docs\/s\).*/\1/' "$TMP/out")"
    size=""; [ "$STORE" = sqlite ] && size="$(du -cb "$TMP"/i.db* | tail -1 | cut -f1)"
    awk -v c="$(basename "$corpus" .jsonl.gz)" -v n="$name" -v s="$STORE" -v d="$docs" -v r="$rate" \
      -v w="$wall" -v u="$user" -v y="$sys" -v m="$rss" -v l="$load" -v z="$size" 'BEGIN {
      printf "%-24s %-7s %-8s docs %6d  %5d docs/s  wall %6.1f s  CPU %6.1f s = %.2f ms/doc  RSS %4d MB  load %s%s\n",
        c, s, n, d, r, w, u + y, 1000 * (u + y) / d, m / 1024, l, (z == "" ? "" : "  store " int(z / 1048576) " MB") }'
  done
done
