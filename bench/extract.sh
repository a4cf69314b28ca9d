#!/usr/bin/env bash
# End-to-end `entente extract --output /dev/null` over both corpora: wall, CPU (user+sys), MB/s of
# JSON Lines input, and the ratio to one C dictionary pass (LC_ALL=C grep -F -f over the same text
# with the gazetteer's state names and capitals, one core).
# Usage: bench/extract.sh [SHARED_DIR]   Needs entente-cli/target/entente.jar (see bench/ingest.sh).
# JAVA_OPTS overrides the JVM options (default: the launcher's, -Xmx1g -XX:TieredStopAtLevel=1).
# Writes bench/results/extract.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR=entente-cli/target/entente.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
OUT=bench/results/extract.txt
TMP="$(mktemp -d)"
awk -F'\t' 'NR > 2 && $1 !~ /^#/ {print $3; n = split($6, c, "|"); for (i = 1; i <= n; i++) if (c[i] != "") print c[i]}' \
  entente-pipeline/src/main/resources/org/entente/pipeline/gazetteer/states.tsv | sort -u > "$TMP/places.txt"
{
  echo "# entente extract end to end, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# JVM options: $JAVA_OPTS; dictionary: $(wc -l < "$TMP/places.txt") place names"
  printf "%-28s %8s %7s %8s %9s %10s %7s\n" corpus MB wall_s cpu_s MB/s_wall MB/s/cpu grep_s
} > "$OUT"
for c in reuters21578 article-bias-prediction; do
  f="$SHARED/corpus/$c.jsonl.gz"
  zcat "$f" > "$TMP/$c.jsonl"
  mb=$(awk -v b="$(stat -c %s "$TMP/$c.jsonl")" 'BEGIN {printf "%.1f", b / 1e6}')
  echo "load before $c: $(uptime)" >> "$OUT.load"
  /usr/bin/time -f "%e %U %S" -o "$TMP/time" java $JAVA_OPTS -jar "$JAR" extract --input "$f" --output /dev/null 2>/dev/null
  read -r wall user sys < "$TMP/time"
  g0=$(date +%s.%N); LC_ALL=C grep -c -F -f "$TMP/places.txt" "$TMP/$c.jsonl" > /dev/null || true; g1=$(date +%s.%N)
  awk -v c="$c" -v mb="$mb" -v w="$wall" -v u="$user" -v s="$sys" -v g0="$g0" -v g1="$g1" \
    'BEGIN {cpu = u + s; g = g1 - g0; printf "%-28s %8s %7.1f %8.1f %9.2f %10.2f %7.2f  (extract/grep wall ratio %.0f)\n", c, mb, w, cpu, mb / w, mb / cpu, g, w / g}' >> "$OUT"
done
cat "$OUT.load" >> "$OUT"; rm -f "$OUT.load"
rm -rf "$TMP"
cat "$OUT"
