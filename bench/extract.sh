#!/usr/bin/env bash
# End-to-end `entente extract --output /dev/null` over both corpora: wall, CPU (user+sys), CPU ms per
# document, MB/s of JSON Lines input (wall, and per CPU-second), and the ratio to one C dictionary
# pass (LC_ALL=C grep -F -f over the same text with the gazetteer's state names and capitals, one core).
# Each figure is the median of RUNS runs (default 3). With BASE_JAR set (another build's entente.jar,
# e.g. of a `git worktree add` of the commit to compare with), the base and this build alternate run
# by run, so that the load of a shared machine falls on both, and the file ends with their ratios.
# Usage: [BASE_JAR=…/entente.jar] [RUNS=3] bench/extract.sh [SHARED_DIR]
# Needs entente-cli/target/entente.jar (see bench/ingest.sh).
# JAVA_OPTS overrides the JVM options (default: the launcher's for extract,
# -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC); BASE_JAVA_OPTS those of the base (default
# JAVA_OPTS; the launcher's before the serial collector: -Xmx1g -XX:TieredStopAtLevel=1).
# Writes bench/results/extract.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR=entente-cli/target/entente.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
RUNS="${RUNS:-3}"
BASE_JAR="${BASE_JAR:-}"
BASE_JAVA_OPTS="${BASE_JAVA_OPTS:-$JAVA_OPTS}"
OUT=bench/results/extract.txt
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
awk -F'\t' 'NR > 2 && $1 !~ /^#/ {print $3; n = split($6, c, "|"); for (i = 1; i <= n; i++) if (c[i] != "") print c[i]}' \
  entente-pipeline/src/main/resources/org/entente/pipeline/gazetteer/states.tsv | sort -u > "$TMP/places.txt"
builds=("after=$JAR")
[ -n "$BASE_JAR" ] && builds=("base=$BASE_JAR" "after=$JAR")
{
  echo "# entente extract end to end, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# command: ${BASE_JAR:+BASE_JAR=$BASE_JAR BASE_JAVA_OPTS='$BASE_JAVA_OPTS' }RUNS=$RUNS bench/extract.sh"
  echo "# JVM options: $JAVA_OPTS${BASE_JAR:+ (base: $BASE_JAVA_OPTS)}; medians of $RUNS runs (the lower middle one for an even count)${BASE_JAR:+, base and after alternated}; dictionary: $(wc -l < "$TMP/places.txt") place names"
  printf "%-24s %-6s %7s %6s %7s %7s %9s %9s %9s %7s\n" corpus build MB docs wall_s cpu_s cpu_ms/doc MB/s_wall MB/s/cpu grep_s
} > "$OUT"
: > "$TMP/load"
for c in reuters21578 article-bias-prediction; do
  f="$SHARED/corpus/$c.jsonl.gz"
  zcat "$f" > "$TMP/$c.jsonl"
  mb=$(awk -v b="$(stat -c %s "$TMP/$c.jsonl")" 'BEGIN {printf "%.1f", b / 1e6}')
  # The count goes to a file: GNU grep with its output on /dev/null stops at the first match, which
  # timed the dictionary pass at a few milliseconds whatever the corpus.
  g0=$(date +%s.%N); LC_ALL=C grep -c -F -f "$TMP/places.txt" "$TMP/$c.jsonl" > "$TMP/count" || true; g1=$(date +%s.%N)
  : > "$TMP/runs"
  for r in $(seq "$RUNS"); do
    for b in "${builds[@]}"; do
      name="${b%%=*}"; jar="${b#*=}"; opts="$JAVA_OPTS"
      [ "$name" = base ] && opts="$BASE_JAVA_OPTS"
      echo "load before $c $name run $r: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$TMP/load"
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S" -o "$TMP/time" java $opts -jar "$jar" extract --input "$f" \
        --output /dev/null 2> "$TMP/err"
      docs=$(sed -n 's/^entente: \([0-9]*\) documents\{0,1\} extracted.*/\1/p' "$TMP/err")
      read -r wall user sys < "$TMP/time"
      echo "$name $docs $wall $user $sys" >> "$TMP/runs"
    done
  done
  for b in "${builds[@]}"; do
    name="${b%%=*}"
    awk -v n="$name" '$1 == n' "$TMP/runs" | sort -k3,3n | awk -v c="$c" -v b="$name" -v mb="$mb" -v g="$(awk -v a="$g0" -v b="$g1" 'BEGIN {printf "%.3f", b - a}')" '
      {w[NR] = $3; cpu[NR] = $4 + $5; d = $2}
      END {
        m = int((NR + 1) / 2)
        # median wall from the rows sorted by wall; median CPU from a sort of the CPU column
        mw = w[m]
        for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) if (cpu[j] < cpu[i]) {t = cpu[i]; cpu[i] = cpu[j]; cpu[j] = t}
        mc = cpu[m]
        printf "%-24s %-6s %7s %6d %7.1f %7.1f %9.3f %9.2f %9.2f %7.3f  (extract/grep wall ratio %.0f)\n",
          c, b, mb, d, mw, mc, 1000 * mc / d, mb / mw, mb / mc, g, mw / g
      }' >> "$OUT"
  done
  rm -f "$TMP/$c.jsonl"
done
if [ -n "$BASE_JAR" ]; then
  awk '$2 == "base" {b[$1] = $6; bw[$1] = $5} $2 == "after" {a[$1] = $6; aw[$1] = $5}
    END {for (c in a) if (c in b) printf "# %s: CPU after/base %.3f (%.2fx faster per CPU-second), wall after/base %.3f\n", c, a[c] / b[c], b[c] / a[c], aw[c] / bw[c]}' \
    "$OUT" >> "$OUT"
fi
sed 's/^/# /' "$TMP/load" >> "$OUT"
cat "$OUT"
