#!/usr/bin/env bash
# Compares the full pipeline of two builds with JMH, alternated over two rounds so that the load of
# a shared machine falls on both: BASE is another checkout's entente-bench/target/benchmarks.jar
# (e.g. a git worktree of the commit to compare with), AFTER this checkout's. Figures go to
# bench/results/jmh-compare-DATE.txt; compare the rows of one run, never figures of two runs.
#
#   git worktree add /tmp/base COMMIT && (cd /tmp/base && ./mvnw -q -o -pl entente-bench -am package -DskipTests)
#   BASE=/tmp/base/entente-bench/target/benchmarks.jar bench/jmh-compare.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
base="${BASE:?set BASE to the benchmarks.jar of the build to compare with}"
shared="${ENTENTE_SHARED:-$root/../shared}"; [ -d "$shared/corpus" ] || shared=/work/shared
# Both corpora by default; ENTENTE_CORPUS names one file instead.
corpora="${ENTENTE_CORPUS:-$shared/corpus/reuters21578.jsonl.gz $shared/corpus/article-bias-prediction.jsonl.gz}"
documents="${DOCUMENTS:-2000}"
out="bench/results/jmh-compare-$(date -u +%F).txt"
./mvnw -B -q ${MAVEN_FLAGS:-} -pl entente-bench -am package -DskipTests
{
  echo "# $(date -u +%FT%TZ) PipelineBenchmark.defaultPipeline, first $documents documents of each corpus, 1 thread;" \
    "base = $base, after = $(git rev-parse --short HEAD); alternated, two rounds"
  echo "# command: BASE=$base DOCUMENTS=$documents bench/jmh-compare.sh"
  for corpus in $corpora; do
    for round in 1 2; do
      for jar in "$base" entente-bench/target/benchmarks.jar; do
        echo "== $(basename "$corpus") round $round $jar load $(cut -d' ' -f1 /proc/loadavg)"
        java -Dentente.corpus="$corpus" -jar "$jar" PipelineBenchmark.defaultPipeline -f 1 -wi 2 -i 3 \
          -w 5s -r 5s -t 1 -p documents="$documents" 2>&1 | grep -A1 '^Benchmark' | tail -1
      done
    done
  done
} | tee "$out"
# ms/op per build and corpus (median of the rounds), the after/base ratio, and MB/s per core from the
# UTF-8 size of the documents' full texts.
for corpus in $corpora; do
  mb=$(java -cp entente-bench/target/benchmarks.jar org.entente.bench.CorpusSize "$corpus" "$documents")
  awk -v c="$(basename "$corpus")" -v base="$base" -v mb="$mb" '
    /^== / {name = $2; jar = $5; next}
    name == c && /defaultPipeline/ {k = (jar == base) ? "base" : "after"; v[k] = v[k] " " $(NF - 3)}
    function med(s,  a, n, i, j, t) {n = split(s, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) {t = a[i]; a[i] = a[j]; a[j] = t}; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2}
    END {b = med(v["base"]); a = med(v["after"]);
      printf "# %s (%.2f MB of text): base %.1f ms/op = %.2f MB/s/core, after %.1f ms/op = %.2f MB/s/core, after/base time %.3f (%.2fx)\n", c, mb, b, mb / b * 1000, a, mb / a * 1000, a / b, b / a}' "$out"
done | tee -a "$out"
