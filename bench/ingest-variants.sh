#!/usr/bin/env bash
# Ingest of both corpora (reuters21578 + article-bias-prediction) into a fresh SQLite store, for
# several variants in turn, ROUNDS times (interleaved, so that the variants meet the same machine
# load): docs/s, wall, CPU user+sys, CPU ms per document, peak RSS, store size, the CPU of the
# ledger-writer thread (from /proc: Linux) and the median of each variant. A variant is NAME=JAR or
# NAME=JAR@JVM-OPTIONS (e.g. a system property of the build).
# Usage: ROUNDS=3 bench/ingest-variants.sh base=/tmp/a.jar after=/tmp/b.jar 'mem=/tmp/b.jar@-Dx=y'
# Environment: ROUNDS (default 2), SHARED (default /work/shared), CORPUS (files, instead of both
#   corpora), INGEST_ARGS (default --threads 2),
#   JAVA_OPTS (default the launcher's: -Xmx1g -XX:TieredStopAtLevel=1), OUT (default: stdout only)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-/work/shared}"
ROUNDS="${ROUNDS:-2}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
CORPORA=("$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz")
# shellcheck disable=SC2206
[ -n "${CORPUS:-}" ] && CORPORA=($CORPUS)
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
OUT="${OUT:-/dev/null}"
{
  echo "# ingest variants, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, ROUNDS=$ROUNDS, JVM $JAVA_OPTS, ingest ${INGEST_ARGS:---threads 2}"
  echo "# command: ROUNDS=$ROUNDS bench/ingest-variants.sh $*"
} | tee -a "$OUT"
VARIANTS=("$@")
for round in $(seq 1 "$ROUNDS"); do
  for v in "${VARIANTS[@]}"; do
    rm -f "$TMP/writer.ticks"
    name="${v%%=*}"; rest="${v#*=}"; jar="${rest%%@*}"; opts=""
    [ "$rest" != "$jar" ] && opts="${rest#*@}"
    rm -f "$TMP"/i.db*
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/time" java $JAVA_OPTS $opts -jar "$jar" ingest --no-progress \
      --db "$TMP/i.db" ${INGEST_ARGS:---threads 2} "${CORPORA[@]}" > "$TMP/out" 2>/dev/null &
    # The writer thread's CPU (utime + stime of the native thread "ledger-writer-1", read every
    # half second until it ends): the single writer caps ingest at documents / these seconds.
    timer=$!; jpid=""; wtask=""
    while kill -0 "$timer" 2>/dev/null; do
      [ -n "$jpid" ] || jpid="$(pgrep -P "$timer" java || true)"
      if [ -n "$jpid" ] && [ -z "$wtask" ]; then
        for t in /proc/"$jpid"/task/*; do
          comm=""; read -r comm < "$t/comm" 2>/dev/null || true
          [ "$comm" = "ledger-writer-1" ] && wtask="$t"
        done
      fi
      if [ -n "$wtask" ] && read -r stat < "$wtask/stat" 2>/dev/null; then
        stat="${stat##*) }"; set -- $stat
        echo "${12} ${13}" > "$TMP/writer.ticks"
      fi
      sleep 0.5
    done
    set -- "${VARIANTS[@]}"
    writer="$(awk '{ print ($1 + $2) / 100 }' "$TMP/writer.ticks" 2>/dev/null || echo 0)"
    wait "$timer" || true
    read -r wall user sys rss < "$TMP/time"
    docs="$(sed -E 's/.*added ([0-9]+).*/\1/' "$TMP/out")"
    rate="$(sed -E 's/.*\(([0-9]+) docs\/s\).*/\1/' "$TMP/out")"
    size="$(du -cb "$TMP"/i.db* | tail -1 | cut -f1)"
    awk -v n="$name" -v r0="$round" -v d="$docs" -v r="$rate" -v w="$wall" -v u="$user" -v y="$sys" \
      -v m="$rss" -v l="$load" -v z="$size" -v x="$writer" 'BEGIN {
      printf "%-10s round %d  docs %6d  %5d docs/s  wall %6.1f s  CPU %6.1f s = %.2f ms/doc  RSS %4d MB  store %4d MB  writer %5.1f s = %.3f ms/doc  load %s\n",
        n, r0, d, r, w, u + y, 1000 * (u + y) / d, m / 1024, z / 1048576, x, 1000 * x / d, l }' | tee -a "$OUT" "$TMP/rows"
  done
done
echo "## medians over $ROUNDS rounds: docs/s, CPU ms/doc (largest RSS)" | tee -a "$OUT"
for v in "$@"; do
  name="${v%%=*}"
  rows="$(awk -v n="$name" '$1 == n' "$TMP/rows")"; k="$(echo "$rows" | wc -l)"; mid=$(( (k + 1) / 2 ))
  rate="$(echo "$rows" | awk '{print $6}' | sort -n | sed -n "${mid}p")"
  cpu="$(echo "$rows" | awk '{print $15}' | sort -n | sed -n "${mid}p")"
  rss="$(echo "$rows" | awk '{print $18}' | sort -n | tail -1)"
  wcpu="$(echo "$rows" | awk '{print $27}' | sort -n | sed -n "${mid}p")"
  printf "%-10s median %5s docs/s  %s ms/doc CPU  writer thread %s ms/doc  (%s runs, peak RSS %s MB)\n" \
    "$name" "$rate" "$cpu" "$wcpu" "$k" "$rss" | tee -a "$OUT"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
