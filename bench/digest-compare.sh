#!/usr/bin/env bash
# `entente digest` by several builds of entente in turn, interleaved run by run so that they meet the
# same machine load: per build and watchlist, the median wall and the median CPU (user+sys) of RUNS
# fresh JVMs, and each as a ratio of the first build's, measured in the same run.
# Usage: bench/digest-compare.sh DB NAME=JAR... [RUNS=5 in the environment]
#   DB: a ledger of both corpora with the bench-* watchlists of bench/digest.sh (run that first).
#   e.g. bench/digest-compare.sh both.db before=/tmp/entente-before.jar after=entente-cli/target/entente.jar
# Writes bench/results/digest-compare.txt. JVM options from JAVA_OPTS (default: the launcher's).
set -euo pipefail
cd "$(dirname "$0")/.."
DB="$1"; shift
RUNS="${RUNS:-5}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
OUT=bench/results/digest-compare.txt
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
{
  echo "# entente digest, builds interleaved, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# command: RUNS=$RUNS bench/digest-compare.sh $DB $*; JVM options: $JAVA_OPTS"
  echo "# each run: java $JAVA_OPTS -jar JAR digest --watch W --since 2018-12-31 --as-of 2019-12-31 --format md --db DB -o FILE"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-12s %-10s %9s %9s %9s %7s %9s\n' watch build median_s min_s cpu_s ratio cpu_ratio
} > "$OUT"
for w in bench-demo bench-pairs bench-usa; do
  for _ in $(seq "$RUNS"); do
    for build in "$@"; do
      name="${build%%=*}"; jar="${build#*=}"
      # shellcheck disable=SC2086
      /usr/bin/time -f "$name %e %U %S" -a -o "$TMP/$w" java $JAVA_OPTS -jar "$jar" digest --watch "$w" \
        --since 2018-12-31 --as-of 2019-12-31 --format md --db "$DB" -o "$TMP/out.md" > /dev/null 2>&1
    done
  done
  first=""; firstcpu=""
  for build in "$@"; do
    name="${build%%=*}"
    line="$(grep "^$name " "$TMP/$w" | sort -k2 -n | awk '{a[NR]=$2} END {m=int((NR+1)/2); printf "%.2f %.2f", a[m], a[1]}')"
    # the median CPU (user+sys) of the build's runs, on its own: on a loaded machine the CPU a run
    # takes varies less than its wall time
    cpu="$(grep "^$name " "$TMP/$w" | awk '{print $3 + $4}' | sort -n | awk '{c[NR]=$1} END {printf "%.2f", c[int((NR+1)/2)]}')"
    read -r med min <<< "$line"
    [ -n "$first" ] || { first="$med"; firstcpu="$cpu"; }
    printf '%-12s %-10s %9s %9s %9s %7.2f %9.2f\n' "$w" "$name" "$med" "$min" "$cpu" \
      "$(echo "$med / $first" | bc -l)" "$(echo "$cpu / $firstcpu" | bc -l)" >> "$OUT"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
cat "$OUT"
