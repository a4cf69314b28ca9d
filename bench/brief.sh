#!/usr/bin/env bash
# Times `entente brief EU MAR` on the demo ledger, as a person runs it (a new JVM each time: wall and
# CPU, median of RUNS) in Markdown, HTML and PDF, next to `entente --version` (the JVM's start-up
# alone); then, when entente-bench/target/benchmarks.jar exists, the brief inside a running JVM
# (JMH BriefBenchmark). Writes bench/results/brief.txt with every command and the load average.
#
#   bench/brief.sh [SHARED_DIR]      RUNS=7 by default; AS_OF=2026-12-05 by default
#
# Needs entente-cli/target/entente.jar:  ./mvnw -B -o -pl entente-cli -am package -DskipTests
# (and for the JMH part:                 ./mvnw -B -o -pl entente-bench -am package -DskipTests).
# JAVA_OPTS overrides the JVM options (default: the launcher's, -Xmx1g -XX:TieredStopAtLevel=1).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/seeds" ] || SHARED=/work/shared
JAR=entente-cli/target/entente.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
RUNS="${RUNS:-7}"
AS_OF="${AS_OF:-2026-12-05}"
OUT=bench/results/brief.txt
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/demo.db"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" demo --no-serve --home . --shared "$SHARED" --db "$DB" > /dev/null 2>&1

# median wall and CPU (user+sys) of RUNS runs of a command
measure() {
  local name="$1"; shift
  : > "$TMP/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$TMP/t" "$@" > /dev/null 2>&1
    cat "$TMP/t" >> "$TMP/times"
  done
  sort -n -k1 "$TMP/times" | awk -v n="$name" -v r="$RUNS" '
    {w[NR] = $1; c[NR] = $2 + $3}
    END {m = int((NR + 1) / 2); printf "%-34s %8.2f %8.2f %8.2f  (%d runs)\n", n, w[m], w[1], c[m], r}'
}

J="java $JAVA_OPTS -jar $JAR"
{
  echo "# entente brief EU MAR on the demo ledger, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# demo ledger: $J demo --no-serve --shared $SHARED --db demo.db"
  echo "# each line: a new JVM per run ($JAVA_OPTS); wall = median and fastest, CPU = user+sys of the median-wall run"
  echo "load before: $(uptime)"
  printf "%-34s %8s %8s %8s\n" command wall_s min_s cpu_s
} > "$OUT"
# shellcheck disable=SC2086
measure "entente --version (JVM start)" $J --version >> "$OUT"
# shellcheck disable=SC2086
measure "entente brief EU MAR (md)" $J brief EU MAR --as-of "$AS_OF" --db "$DB" >> "$OUT"
# shellcheck disable=SC2086
measure "entente brief EU MAR --format html" $J brief EU MAR --as-of "$AS_OF" --format html -o "$TMP/b.html" --db "$DB" >> "$OUT"
# shellcheck disable=SC2086
measure "entente brief EU MAR --format pdf" $J brief EU MAR --as-of "$AS_OF" --format pdf -o "$TMP/b.pdf" --db "$DB" >> "$OUT"
echo "load after: $(uptime)" >> "$OUT"
if [ -f entente-bench/target/benchmarks.jar ]; then
  echo "# in a running JVM (JMH lock ignored: other benchmarks may share the machine): java -Djmh.ignoreLock=true -jar entente-bench/target/benchmarks.jar BriefBenchmark -f 1 -wi 5 -i 15 -p store=demo.db -p pair=EU-MAR -p asOf=$AS_OF" >> "$OUT"
  java -Djmh.ignoreLock=true -jar entente-bench/target/benchmarks.jar BriefBenchmark -f 1 -wi 5 -i 15 \
    -p store="$DB" -p pair=EU-MAR -p asOf="$AS_OF" 2>&1 | grep -E "^(Benchmark  |BriefBenchmark\.)" >> "$OUT" || echo "JMH failed" >> "$OUT"
  echo "load after JMH: $(uptime)" >> "$OUT"
fi
cat "$OUT"
