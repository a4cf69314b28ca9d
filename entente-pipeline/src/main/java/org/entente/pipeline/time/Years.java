package org.entente.pipeline.time;

import static org.entente.pipeline.time.DateFields.in;
import static org.entente.pipeline.time.DateFields.yearValue;

import java.util.Set;
import org.entente.pipeline.time.TimeExpression.YearPeriod;

/**
 * The year as a core form of a time expression, and lists of years. A bare four-digit number is a
 * year only where the words around it say so: after an opening word or in a list of years, or
 * between "the" and a capitalised word ("the 1998 Lisbon talks"); after a weak preposition only
 * when a preposition or a conjunction, not a noun it counts, follows.
 *
 * <p>Stateless and thread-safe.
 */
final class Years {

  private static final Set<String> LIST = Set.of(",", "and", "or", "&");

  /**
   * Lower-case words that may follow a year after a weak opening ("scheduled for 2025 in Lima",
   * "for 2025 and beyond"): a preposition or a conjunction ends the date, where another word makes
   * the number a count ("for 2025 delegates").
   */
  private static final Set<String> AFTER_YEAR =
      Set.of("in", "at", "on", "and", "or", "after", "before", "as");

  private Years() {}

  // "in 1987", "since 2012", "by 2030"; not "2024 delegates", not "of 2000 people"
  static Core year(Tokens t, int j, Opening o) {
    int y = yearValue(t, j);
    if (y >= 0 && !o.any() && t.is(j - 1, "the") && t.isCapitalised(j + 1)) {
      return new Core(j + 1, new YearPeriod(y, 0, 1, 12)); // "the 1986 Tokyo summit"
    }
    if (y < 0 || !o.any() || t.attached(j + 1) && t.isWord(j + 1)) {
      return null;
    }
    if (!o.strong() && t.isLowerWord(j + 1) && !in(AFTER_YEAR, t.key(j + 1))) {
      return null;
    }
    return new Core(j + 1, new YearPeriod(y, 0, 1, 12));
  }

  /** True when token {@code i} can continue a list after a year that ended at token {@code i-1}. */
  static boolean continuesList(Tokens t, int from, int i) {
    if (i - from < 1 || i - from > 2) {
      return false;
    }
    for (int k = from; k < i; k++) {
      if (!in(LIST, t.key(k))) {
        return false;
      }
    }
    return t.digits(i) == 4;
  }
}
