package org.entente.pipeline.intake;

import java.util.List;
import java.util.Objects;
import org.entente.model.Document;

/** One item read from an input: a document, or a record that could not be read and why. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.BadRecord {

  /**
   * Where the item came from: a file, {@code file:line} for JSON Lines, {@code file#n} for feeds.
   */
  String where();

  /**
   * A document read successfully.
   *
   * @param document the document
   * @param where where it came from
   * @param warnings things worth reporting that did not stop the reading (truncation, a guessed
   *     charset, an unreadable date); never null
   */
  record Read(Document document, String where, List<String> warnings) implements ReadResult {
    public Read {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(where, "where");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * An input or record that was skipped.
   *
   * @param where where it is
   * @param reason why it was skipped, in words a person can act on
   */
  record BadRecord(String where, String reason) implements ReadResult {
    public BadRecord {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
