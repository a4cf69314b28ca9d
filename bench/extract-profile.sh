#!/usr/bin/env bash
# JFR profile (1 ms sampling) of `entente extract --output /dev/null` end to end over the first
# DOCS lines of both corpora (default 3000 each), summarised by bench/jfr-top.py into
# bench/results/profiles/extract-NAME-jfr-top.txt (NAME default: after).
# Usage: [JAR=…/entente.jar] [DOCS=3000] [JAVA_OPTS=…] bench/extract-profile.sh [NAME] [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="${1:-after}"
SHARED="${2:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
JAR="${JAR:-entente-cli/target/entente.jar}"
DOCS="${DOCS:-3000}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
jfr configure method-profiling=max --output "$TMP/profile.jfc" > /dev/null
for c in reuters21578 article-bias-prediction; do
  (zcat "$SHARED/corpus/$c.jsonl.gz" 2> /dev/null || true) | head -n "$DOCS" > "$TMP/$c.jsonl"
done
# DebugNonSafepoints: without it, a sample in compiled code is charged to the nearest call site with
# debug information, and inlined helpers (Character.getType under an ASCII fast path) take the blame.
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -XX:StartFlightRecording=filename="$TMP/r.jfr",settings="$TMP/profile.jfc" \
  -jar "$JAR" extract --input "$TMP/reuters21578.jsonl" --input "$TMP/article-bias-prediction.jsonl" \
  --output /dev/null 2> /dev/null
OUT="bench/results/profiles/extract-$NAME-jfr-top.txt"
{
  echo "# JFR (DebugNonSafepoints), 1 ms sampling, of entente extract (2 worker threads) over the first $DOCS lines of each corpus;"
  echo "# $(date -u +%FT%TZ), jar $JAR, commit $(git rev-parse --short HEAD), JVM options: $JAVA_OPTS"
  echo "# command: JAR=$JAR DOCS=$DOCS bench/extract-profile.sh $NAME"
  python3 bench/jfr-top.py "$TMP/r.jfr" 60
} > "$OUT"
echo "$OUT"
