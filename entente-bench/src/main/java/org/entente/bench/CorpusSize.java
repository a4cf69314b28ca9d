package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the size in MB (10^6 bytes) of the UTF-8 full texts of the first documents of a corpus,
 * the measure of throughput that {@code bench/jmh-compare.sh} divides by the time per operation.
 *
 * <pre>java -cp benchmarks.jar org.entente.bench.CorpusSize CORPUS.jsonl.gz [DOCUMENTS]</pre>
 */
public final class CorpusSize {

  private CorpusSize() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CorpusSize CORPUS.jsonl.gz [DOCUMENTS]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    ReutersCorpus corpus = ReutersCorpus.load(Path.of(args[0]), limit);
    System.out.println(String.format(Locale.ROOT, "%.3f", corpus.utf8Bytes() / 1e6));
  }
}
