#!/usr/bin/env bash
# Ingest of both corpora (reuters21578 + article-bias-prediction) into a fresh SQLite store, for
# several variants in turn, ROUNDS times (interleaved, so that the variants meet the same machine
# load): docs/s, wall, CPU user+sys, CPU ms per document, peak RSS, store size, and the median of
# each variant. A variant is NAME=JAR or NAME=JAR@JVM-OPTIONS (e.g. a system property of the build).
# Usage: ROUNDS=3 bench/ingest-variants.sh base=/tmp/a.jar after=/tmp/b.jar 'mem=/tmp/b.jar@-Dx=y'
# Environment: ROUNDS (default 2), SHARED (default /work/shared), INGEST_ARGS (default --threads 2),
#   JAVA_OPTS (default the launcher's: -Xmx1g -XX:TieredStopAtLevel=1), OUT (default: stdout only)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-/work/shared}"
ROUNDS="${ROUNDS:-2}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
CORPORA=("$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz")
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
OUT="${OUT:-/dev/null}"
{
  echo "# ingest variants, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, ROUNDS=$ROUNDS, JVM $JAVA_OPTS, ingest ${INGEST_ARGS:---threads 2}"
  echo "# command: ROUNDS=$ROUNDS bench/ingest-variants.sh $*"
} | tee -a "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    name="${v%%=*}"; rest="${v#*=}"; jar="${rest%%@*}"; opts=""
    [ "$rest" != "$jar" ] && opts="${rest#*@}"
    rm -f "$TMP"/i.db*
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/time" java $JAVA_OPTS $opts -jar "$jar" ingest --no-progress \
      --db "$TMP/i.db" ${INGEST_ARGS:---threads 2} "${CORPORA[@]}" > "$TMP/out" 2>/dev/null
    read -r wall user sys rss < "$TMP/time"
    docs="$(sed -E 's/.*added ([0-9]+).*/\1/' "$TMP/out")"
    rate="$(sed -E 's/.*\(([0-9]+) docs\/s\).*/\1/' "$TMP/out")"
    size="$(du -cb "$TMP"/i.db* | tail -1 | cut -f1)"
    awk -v n="$name" -v r0="$round" -v d="$docs" -v r="$rate" -v w="$wall" -v u="$user" -v y="$sys" \
      -v m="$rss" -v l="$load" -v z="$size" 'BEGIN {
      printf "%-10s round %d  docs %6d  %5d docs/s  wall %6.1f s  CPU %6.1f s = %.2f ms/doc  RSS %4d MB  store %4d MB  load %s\n",
        n, r0, d, r, w, u + y, 1000 * (u + y) / d, m / 1024, z / 1048576, l }' | tee -a "$OUT" "$TMP/rows"
  done
done
echo "## medians over $ROUNDS rounds: docs/s, CPU ms/doc (largest RSS)" | tee -a "$OUT"
for v in "$@"; do
  name="${v%%=*}"
  rows="$(awk -v n="$name" '$1 == n' "$TMP/rows")"; k="$(echo "$rows" | wc -l)"; mid=$(( (k + 1) / 2 ))
  rate="$(echo "$rows" | awk '{print $6}' | sort -n | sed -n "${mid}p")"
  cpu="$(echo "$rows" | awk '{print $15}' | sort -n | sed -n "${mid}p")"
  rss="$(echo "$rows" | awk '{print $18}' | sort -n | tail -1)"
  printf "%-10s median %5s docs/s  %s ms/doc CPU  (%s runs, peak RSS %s MB)\n" "$name" "$rate" "$cpu" "$k" "$rss" | tee -a "$OUT"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
