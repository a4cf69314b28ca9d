package org.entente.pipeline.time;

import java.util.Objects;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.model.Span;

/**
 * A time expression found in the repaired text, with three readings of it against the publication
 * date. A consumer picks the reading its record needs: a meeting that happened takes {@link
 * #pointDate()}, an announced meeting {@link #futureDate()}, a commitment {@link #due()} with
 * {@link #kind()}.
 *
 * @param start offset of the first character in the repaired text
 * @param end exclusive end offset in the repaired text
 * @param text the words as written, including an opening preposition or bound ("by 15 July")
 * @param pointDate the expression read as a past or present point: "on Monday" is the Monday on or
 *     before publication, "in November" the most recent November, "March 8-9" the 8th; a month or
 *     year alone stays partial; null when it cannot be resolved or names no point ("soon")
 * @param futureDate the expression read as a point still to come: "on Monday" is the Monday on or
 *     after publication, "in May" the next May; null when it cannot be resolved
 * @param due the latest date the words allow, as a deadline: "next month" is the last day of next
 *     month, "April 13-16" the 16th, "within two weeks" publication plus 14 days; the year is null
 *     when unknown ({@code XXXX-07-15}); null when it cannot be resolved
 * @param kind {@link Deadline.Kind#EXACT} for a day or run of days, {@link Deadline.Kind#LATEST}
 *     for a bound ("by", "before", "within") or a period, {@link Deadline.Kind#VAGUE} for words
 *     that set no date ("soon"); never null
 */
public record DateMention(
    int start,
    int end,
    String text,
    PartialDate pointDate,
    PartialDate futureDate,
    PartialDate due,
    Deadline.Kind kind) {

  public DateMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** Where the words are, in repaired-text coordinates. */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * The deadline reading, with its span in repaired-text coordinates ({@code
   * Analysis.toExtraction()} maps it into the original text).
   */
  public Deadline deadline() {
    return new Deadline(due, kind, text, span());
  }
}
