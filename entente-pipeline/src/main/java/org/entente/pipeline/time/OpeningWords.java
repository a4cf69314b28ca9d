package org.entente.pipeline.time;

import org.entente.pipeline.time.DateWords.Kind;

/**
 * Reads the run of opening words in front of the core form of a time expression: prepositions
 * ("in", "since", "for"), bounds ("by", "no later than"), modifiers ("later", "early") and duration
 * words ("within", "over"), at most four in a row ("by early"). The words come from {@link
 * DateWords}.
 *
 * <p>Immutable and thread-safe.
 */
final class OpeningWords {

  /**
   * A run of opening words that ends before token {@code to}; it is empty when {@code to} is the
   * token it was read from.
   *
   * @param bound a bound is among the words: the expression names a latest date
   * @param strong a strong preposition or a bound is among the words
   * @param duration the last word counts an amount of time from publication
   */
  record Run(int to, boolean bound, boolean strong, boolean duration) {}

  private static final int MAX_OPENING = 4;

  private final DateWords words;

  OpeningWords(DateWords words) {
    this.words = words;
  }

  /** The run of opening words that starts at token {@code i}, perhaps empty. */
  Run read(Tokens t, int i) {
    int j = i;
    boolean bound = false;
    boolean strong = false;
    boolean duration = false;
    for (int n = 0; n < MAX_OPENING; n++) {
      // one lookup of the word for all the kinds asked about; a word the lists lack opens nothing
      DateWords.Entry e = words.entry(t.key(j));
      if (e == null) {
        break;
      }
      int b = words.matchLength(Kind.BOUND, e, t, j);
      if (b > 0) {
        bound = true;
        strong = true;
        duration = b == 1 && e.has(Kind.DURATION);
        j += b;
      } else if (e.has(Kind.PREP)) {
        strong |= "strong".equals(e.value(Kind.PREP));
        duration = e.has(Kind.DURATION);
        j++;
      } else if (e.has(Kind.MODIFIER) || e.has(Kind.DURATION)) {
        duration = e.has(Kind.DURATION);
        j++;
      } else {
        break;
      }
    }
    return new Run(j, bound, strong, duration);
  }
}
