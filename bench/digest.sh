#!/usr/bin/env bash
# Times `entente digest` over a SQLite ledger of both corpora (reuters21578 + article-bias-prediction),
# as a user runs it: a fresh JVM per command, the launcher's JVM options, Markdown to a file. Three
# watchlists over the year 2019 (--since 2018-12-31 --as-of 2019-12-31):
#   bench-demo   the demo's pairs EU/MAR, FRA/MAR
#   bench-pairs  USA/RUS, USA/CHN, EU/MAR, FRA/MAR (the busiest actor in two pairs)
#   bench-usa    every relationship of the busiest actor, USA (the worst case)
# and, for reference, `entente --version` (JVM start and command parsing alone); then, when
# entente-bench/target/benchmarks.jar exists, the same digests in process (JMH DigestBenchmark).
# Usage: bench/digest.sh [DB] [RUNS]   DB: a ledger of both corpora (e.g. the store bench/ingest.sh
#   builds; the bench-* watchlists are added when missing). Without DB both corpora are ingested first
#   into a temporary store (about 10 minutes on 2 cores). RUNS per watchlist: default 5.
# Needs: entente-cli/target/entente.jar (./mvnw -B -o -pl entente-cli -am package -DskipTests).
# Writes bench/results/digest.txt. Target (issue 14): under 2 s per digest.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR=entente-cli/target/entente.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o -pl entente-cli -am package -DskipTests" >&2; exit 2; }
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
DB="${1:-}"
RUNS="${2:-5}"
OUT=bench/results/digest.txt
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
entente() { java $JAVA_OPTS -jar "$JAR" "$@"; }
if [ -z "$DB" ]; then
  DB="$TMP/both.db"
  echo "ingesting both corpora into $DB …" >&2
  entente ingest --no-progress --db "$DB" --threads 2 \
    "$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz" >&2
fi
add() { entente watch list --db "$DB" | cut -f1 | grep -qx "$1" || entente watch add "$@" --db "$DB" >/dev/null; }
add bench-demo --pair EU/MAR,FRA/MAR
add bench-pairs --pair USA/RUS,USA/CHN,EU/MAR,FRA/MAR
add bench-usa --actor USA
{
  echo "# entente digest benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "# command: bench/digest.sh ${1:-} ${2:-}; JVM options: $JAVA_OPTS"
  echo "# ledger: $(ls -l "$DB" | awk '{print $5}') bytes, $(sqlite3 "$DB" 'SELECT COUNT(*) FROM documents' 2>/dev/null || echo '?') documents, $(sqlite3 "$DB" 'SELECT COUNT(*) FROM records' 2>/dev/null || echo '?') records"
  echo "# each run: java $JAVA_OPTS -jar $JAR digest --watch W --since 2018-12-31 --as-of 2019-12-31 --format md --db DB -o FILE"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-14s %7s %10s %10s %10s  %s\n' what alerts median_s min_s max_s "cpu_s (user+sys) of each run"
} > "$OUT"
measure() {
  local label="$1"; shift
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$TMP/time" java $JAVA_OPTS -jar "$JAR" "$@" > /dev/null
    read -r wall user sys < "$TMP/time"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  local alerts="-"
  [ -f "$TMP/out.md" ] && alerts="$(head -1 "$TMP/out.md" | sed -E 's/.*: ([0-9]+) alerts?.*/\1/')"
  printf '%s\n' "${walls[@]}" | sort -n | awk -v l="$label" -v a="$alerts" -v c="${cpus[*]}" \
    '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%-14s %7s %10.2f %10.2f %10.2f  %s\n", l, a, m, v[1], v[NR], c}' >> "$OUT"
  rm -f "$TMP/out.md"
}
measure "--version" --version
for w in bench-demo bench-pairs bench-usa; do
  measure "$w" digest --watch "$w" --since 2018-12-31 --as-of 2019-12-31 --format md --db "$DB" -o "$TMP/out.md"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
if [ -f entente-bench/target/benchmarks.jar ]; then
  echo "## in process (JMH DigestBenchmark, single-shot, 3 warm-up and 10 measured digests each); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
  # Another JMH run on the machine holds /tmp/jmh.lock: wait for it (up to 10 minutes).
  for _ in $(seq 40); do
    if java -Xmx1g -jar entente-bench/target/benchmarks.jar DigestBenchmark -f 1 -wi 3 -i 10 \
      -p store="$DB" -p watch=bench-demo,bench-pairs,bench-usa > "$TMP/jmh.txt" 2>&1; then
      sed -n '/^Benchmark/,$p' "$TMP/jmh.txt" >> "$OUT"
      break
    fi
    grep -q "Unable to acquire the JMH lock" "$TMP/jmh.txt" || { echo "JMH failed:"; tail -5 "$TMP/jmh.txt"; } >> "$OUT"
    grep -q "Unable to acquire the JMH lock" "$TMP/jmh.txt" || break
    sleep 15
  done
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
fi
cat "$OUT"
