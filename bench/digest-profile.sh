#!/usr/bin/env bash
# JFR profile (1 ms sampling) of `entente digest` of one watchlist over a ledger of both corpora (the
# worst case of bench/digest.sh: bench-usa, every relationship of the USA, over 2019), RUNS runs
# (default 3, each a fresh JVM as a user runs it) summarised together by bench/jfr-top.py into
# bench/results/profiles/digest-NAME-jfr-top.txt (NAME default: after).
# Usage: [JAR=…/entente.jar] [RUNS=3] [WATCH=bench-usa] [JAVA_OPTS=…] bench/digest-profile.sh DB [NAME]
#   DB: a ledger of both corpora with the bench-* watchlists (bench/digest.sh adds them).
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?usage: bench/digest-profile.sh DB [NAME]}"
NAME="${2:-after}"
JAR="${JAR:-entente-cli/target/entente.jar}"
RUNS="${RUNS:-3}"
WATCH="${WATCH:-bench-usa}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
jfr configure method-profiling=max --output "$TMP/profile.jfc" > /dev/null
for i in $(seq "$RUNS"); do
  # shellcheck disable=SC2086
  java $JAVA_OPTS -XX:StartFlightRecording=filename="$TMP/r$i.jfr",settings="$TMP/profile.jfc" \
    -jar "$JAR" digest --watch "$WATCH" --since 2018-12-31 --as-of 2019-12-31 --format md \
    --db "$DB" -o "$TMP/out.md" > /dev/null 2>&1
done
OUT="bench/results/profiles/digest-$NAME-jfr-top.txt"
{
  echo "# JFR, 1 ms sampling, of entente digest --watch $WATCH --since 2018-12-31 --as-of 2019-12-31"
  echo "# --format md, $RUNS runs together; $(date -u +%FT%TZ), jar $JAR, commit $(git rev-parse --short HEAD),"
  echo "# JVM options: $JAVA_OPTS; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# command: JAR=$JAR RUNS=$RUNS WATCH=$WATCH bench/digest-profile.sh DB $NAME (DB: both corpora)"
  python3 bench/jfr-top.py "$TMP"/r*.jfr 60
} > "$OUT"
echo "$OUT"
