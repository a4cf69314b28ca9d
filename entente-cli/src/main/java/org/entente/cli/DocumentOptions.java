package org.entente.cli;

import java.time.LocalDate;
import org.entente.pipeline.intake.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options that describe the documents read, shared by {@code extract} and {@code ingest}: a
 * publication date and a title for documents that carry none.
 */
public final class DocumentOptions {

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description =
          "Publication date for documents that carry none (else a dateline such as"
              + " \"BRUSSELS, 22 September 2026 –\" gives it).")
  LocalDate published;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description =
          "Title for documents that carry none (else a plain text's first line, when a blank"
              + " line follows it).")
  String title;

  /** The intake options these describe. */
  ReadOptions readOptions() {
    return ReadOptions.defaults().withDefaultPublished(published).withDefaultTitle(title);
  }
}
