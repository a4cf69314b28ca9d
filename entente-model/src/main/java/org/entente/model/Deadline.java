package org.entente.model;

import java.util.Objects;

/**
 * When a commitment is due, as the text says it.
 *
 * @param due the latest date the text allows, possibly partial; null when it cannot be resolved
 *     (the words are still kept)
 * @param kind whether {@code due} is an exact day, a latest bound, or vague
 * @param text the time words as written, e.g. "before the end of the year"
 * @param span where those words are in the original text, or null
 */
public record Deadline(PartialDate due, Kind kind, String text, Span span) {

  /** How precise a deadline is; never present one kind as another. */
  public enum Kind {
    /** On a given day: "on 15 January". */
    EXACT,
    /** No later than a date: "before the end of the year", "by mid-2025", "within 30 days". */
    LATEST,
    /** No date can be given: "soon", "in the coming weeks". */
    VAGUE
  }

  public Deadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
