package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;

/**
 * The benchmark corpus: Reuters-21578 as gzipped JSON Lines ({@code id}, {@code published}, {@code
 * title}, {@code text}; other fields are ignored), read into memory.
 *
 * @param documents the documents, in file order
 * @param utf8Bytes the size of their {@link Document#fullText() full texts} in UTF-8, the measure
 *     of throughput
 */
public record ReutersCorpus(List<Document> documents, long utf8Bytes) {

  /** The system property that names the corpus file. */
  public static final String PROPERTY = "entente.corpus";

  /** The corpus file when the property is not set, relative to the working directory. */
  public static final String DEFAULT_PATH = "../shared/corpus/reuters21578.jsonl.gz";

  public ReutersCorpus {
    documents = List.copyOf(documents);
  }

  /** The file named by {@value #PROPERTY}, or {@value #DEFAULT_PATH}. */
  public static Path configuredPath() {
    return Path.of(System.getProperty(PROPERTY, DEFAULT_PATH));
  }

  /**
   * Reads the first {@code limit} documents of {@code file} (all when {@code limit <= 0}).
   *
   * @throws IOException when the file is missing or unreadable, naming it
   */
  public static ReutersCorpus load(Path file, int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "corpus not found: " + file.toAbsolutePath() + " (set -D" + PROPERTY + "=<file>)");
    }
    List<Document> documents = new ArrayList<>();
    long bytes = 0;
    // The pipeline's intake, as entente extract and ingest read the corpus (bad records skipped).
    try (Stream<ReadResult> results = DocumentSource.read(file, ReadOptions.defaults())) {
      for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
        if (limit > 0 && documents.size() >= limit) {
          break;
        }
        if (r instanceof ReadResult.Read read) {
          documents.add(read.document());
          bytes += read.document().fullText().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    return new ReutersCorpus(documents, bytes);
  }
}
