package org.entente.store.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.entente.model.Document;

/**
 * Where ingest reads documents from, in a stable order (so that an interrupted ingest resumes where
 * it stopped). A stand-in until {@code org.entente.pipeline.intake.DocumentSource} lands; swapping
 * it is one implementation of this interface.
 */
public interface DocumentInput {

  /**
   * Gives every document to {@code sink}, in order. A record that cannot be read is described to
   * {@code bad} and skipped; only an unreadable file throws.
   */
  void read(Consumer<Document> sink, Consumer<String> bad) throws IOException;

  /** Files, directories (walked in name order), JSON Lines corpora (.jsonl, .jsonl.gz), feeds. */
  static DocumentInput of(List<Path> paths) {
    return new PathInput(paths);
  }
}
