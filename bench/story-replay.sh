#!/usr/bin/env bash
# Replays the story assignment of a SQLite ledger with a build's story index: every document, in
# the order it was stored, gets the story the writer would give it; reports the documents whose
# story differs from the one the ledger stored, the time the lookups take (no database), and what a
# lookup read. Checks that a change to StoryIndex keeps the stories of a ledger written before it.
# Usage: bench/story-replay.sh LEDGER
#   CP=CLASSPATH picks the build (default entente-store/target/classes, after
#   ./mvnw -pl entente-store -am compile; another build: CP=/path/to/its/entente.jar). Needs sqlite3.
#   e.g. SCALE_KEEP=/tmp/scale.db bench/scale.sh 200000; bench/story-replay.sh /tmp/scale.db
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?usage: bench/story-replay.sh LEDGER}"
sqlite3 -separator $'\t' "$DB" "SELECT s.doc_id, d.story_id, hex(s.signature) FROM doc_signatures s
  JOIN documents d ON d.id = s.doc_id ORDER BY s.rowid" |
  java -Xmx2g -cp "${CP:-entente-store/target/classes}" bench/StoryReplay.java
