#!/usr/bin/env bash
# Ingests both corpora (reuters21578 + article-bias-prediction) into a fresh SQLite ledger with each
# of several builds and compares the ledgers' canonical dumps (bench/LedgerDump.java): a change
# meant to make ingest faster must leave the ledger's content as it was.
# Usage: bench/ingest-same.sh NAME=JAR NAME=JAR...   (SHARED, default /work/shared; KEEP=DIR keeps
#   the ledgers and dumps there)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-/work/shared}"
CORPORA=("$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz")
DIR="${KEEP:-$(mktemp -d)}"; [ -n "${KEEP:-}" ] || trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR"
first=""
for v in "$@"; do
  name="${v%%=*}"; jar="${v#*=}"
  rm -f "$DIR/$name".db*
  java -Xmx1g -XX:TieredStopAtLevel=1 -jar "$jar" ingest --no-progress --db "$DIR/$name.db" --threads 2 "${CORPORA[@]}"
  java -Xmx2g -cp "$jar" bench/LedgerDump.java "$DIR/$name.db" > "$DIR/$name.dump"
  echo "$name: $(wc -l < "$DIR/$name.dump") lines, sha256 $(sha256sum < "$DIR/$name.dump" | cut -c1-16)"
  if [ -z "$first" ]; then first="$name"
  elif cmp -s "$DIR/$first.dump" "$DIR/$name.dump"; then echo "$name: same content as $first"
  else echo "$name: DIFFERS from $first"; diff "$DIR/$first.dump" "$DIR/$name.dump" | head -20; exit 1
  fi
done
