package org.entente.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news story or communiqué as the user gave it.
 *
 * @param id a stable identifier, unique in a corpus
 * @param source where it came from (a corpus name, a file, a URL); may be null
 * @param published the publication date, or null when unknown
 * @param title the headline, or null
 * @param text the body exactly as given (possibly damaged); never null
 */
public record Document(String id, String source, LocalDate published, String title, String text) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The text that extraction reads and that every {@link Span} points into: the title, a blank
   * line, then the body — the layout of the development set. Without a title, the body alone.
   */
  public String fullText() {
    return title == null || title.isBlank() ? text : title + "\n\n" + text;
  }
}
