#!/usr/bin/env bash
# Load test of the REST API: 50 concurrent clients on the dossier and search endpoints for 60 s.
#
#   bench/load.sh [SHARED_DIR] [full|samples]     (defaults: ../shared, else /work/shared; full)
#   ENTENTE_LOAD_DB=/path/load.db bench/load.sh   reuses (or keeps) that store instead of a temporary one
#
# Builds the CLI, ingests both corpora of SHARED_DIR/corpus (full .jsonl.gz, or the two 200-document
# samples) into a fresh SQLite file, starts `entente serve` on a free loopback port, and runs wrk
# (Debian package `wrk`; installed with apt-get when missing and running as root) with a Lua script
# that cycles over dossiers of the most connected actor pairs and a set of search queries.
# Writes errors, p50/p90/p99 latency and requests/s to bench/results/load.txt.
# Target: 0 errors, p99 <= 250 ms. Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"; [ -d "$SHARED/corpus" ] || SHARED=/work/shared
MODE="${2:-full}"
DURATION="${ENTENTE_LOAD_DURATION:-60s}"
CLIENTS=50
OUT=bench/results/load.txt
JAR=entente-cli/target/entente.jar
WORK="$(mktemp -d)"
DB="${ENTENTE_LOAD_DB:-$WORK/load.db}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } \
  || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
echo "== building the CLI" >&2
./mvnw -B -q -o -pl entente-cli -am package -DskipTests -Dspotless.check.skip=true -Dforbiddenapis.skip=true >&2
if [ "$MODE" = samples ]; then
  INPUTS=("$SHARED/corpus/reuters21578-sample.jsonl" "$SHARED/corpus/article-bias-prediction-sample.jsonl")
else
  INPUTS=("$SHARED/corpus/reuters21578.jsonl.gz" "$SHARED/corpus/article-bias-prediction.jsonl.gz")
fi
echo "== ingesting ${INPUTS[*]} (documents already stored are skipped)" >&2
INGEST=$(java $JAVA_OPTS -jar "$JAR" ingest --no-progress --db "$DB" --threads 2 "${INPUTS[@]}")
INGEST="$INGEST; $(sqlite3_count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print('%d documents, %d records in the store' % (c.execute('select count(*) from documents').fetchone()[0], c.execute('select count(*) from records').fetchone()[0]))" "$1"; }; sqlite3_count "$DB")"
echo "$INGEST" >&2

PORT_FILE="$WORK/serve.out"
java $JAVA_OPTS -jar "$JAR" serve --db "$DB" --port 0 --host 127.0.0.1 > "$PORT_FILE" 2>"$WORK/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do grep -q 'http://' "$PORT_FILE" 2>/dev/null && break; sleep 0.5; done
URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$PORT_FILE" | head -1)
[ -n "$URL" ] || { echo "server did not start" >&2; cat "$WORK/serve.err" >&2; exit 1; }
echo "== server at $URL" >&2

# Paths: dossiers of the 20 heaviest actor pairs, and 20 searches.
curl -s "${URL}api/network?max_edges=20" > "$WORK/network.json"
python3 - "$WORK/network.json" "$WORK/paths.lua" <<'PY'
import json, sys
net = json.load(open(sys.argv[1]))
paths = ["/api/dossier/%s/%s" % (e["a"], e["b"]) for e in net["edges"]]
words = ["oil", "trade agreement", "minister", "summit", "sanctions", "talks", "bank", "president",
         "election", "tariff", "coffee", "treaty", "visit", "military", "embassy", "grain",
         "climate", "nuclear", "ceasefire", "exports"]
paths += ["/api/search?q=" + w.replace(" ", "+") for w in words]
with open(sys.argv[2], "w") as f:
    f.write("paths = {" + ",".join('"%s"' % p for p in paths) + "}\n")
    f.write("""
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
statuses = {}
response = function(status, headers, body)
  if status ~= 200 then statuses[status] = (statuses[status] or 0) + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d, duration %.1f s, requests/s %.1f\\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d; non-2xx %d\\n",
    e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
""")
print(len(paths), "paths", file=sys.stderr)
PY
echo "== warm-up (5 s)" >&2
wrk -t2 -c10 -d5s -s "$WORK/paths.lua" "$URL" >/dev/null
echo "== load: $CLIENTS clients for $DURATION" >&2
RESULT=$(wrk -t2 -c$CLIENTS -d"$DURATION" --timeout 10s -s "$WORK/paths.lua" "$URL")
{
  echo "# entente load test, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "## store: SQLite, $MODE corpora: $INGEST"
  echo "## wrk: $CLIENTS connections, 2 threads, $DURATION, dossiers of the 20 heaviest pairs + 20 searches"
  echo "$RESULT"
} > "$OUT"
cat "$OUT"
