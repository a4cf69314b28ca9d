package org.entente.pipeline.time;

import java.util.Set;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.Vague;

/**
 * The grammar of time expressions, a hand-written recursive-descent matcher over {@link Tokens}.
 *
 * <p>Design: an expression is an optional run of opening words (prepositions such as "in", bounds
 * such as "by" or "no later than", modifiers such as "later", duration words such as "within"),
 * then one core form (a calendar day, a month, a year, a weekday, a relative word, a period part
 * such as "the end of the year" or "the second half of 2025", an amount of time). Every rule looks
 * at a bounded number of tokens ahead, so matching at each position costs constant time and a scan
 * of the text is linear. Open word lists come from {@link DateWords}; the closed grammar words
 * ("the", "of", "end", "half", "next") are part of the grammar, and this class gathers them all
 * into the {@link Vocabulary} that tokenising uses.
 *
 * <p>This class reads vague phrases and assembles the rest: {@link OpeningWords} reads the opening
 * run, which says what the core may be ({@link Opening}); the core forms are tried in a fixed
 * order, the first that matches winning: {@link RelativeDates} (a relative day), {@link
 * PeriodParts}, {@link RelativeDates} again, {@link TimeAmounts}, {@link CalendarDates}, {@link
 * NumericDates} and {@link Years}. {@link DateFields} holds the field readings they share.
 *
 * <p>Immutable and thread-safe.
 */
final class DateGrammar {

  /** A match of tokens {@code [from, to)}. */
  record Match(int from, int to, TimeExpression expr, boolean bound) {}

  /**
   * The closed words of the grammar itself, beside the open lists of {@link DateWords}: every word
   * that a core form compares a token with must be here, or its token reads as {@link
   * Vocabulary#UNKNOWN} and no rule sees it.
   */
  private static final Set<String> GRAMMAR_WORDS =
      Set.of(
          "the",
          "of",
          "end",
          "beginning",
          "start",
          "middle",
          "mid",
          "midyear",
          "year",
          "month",
          "week",
          "weekend",
          "night",
          "this",
          "next",
          "last",
          "coming",
          "following",
          "few",
          "several",
          "half",
          "quarter",
          "q",
          "h",
          "as",
          "possible",
          "ago",
          "and",
          "or",
          "&",
          "to",
          "through",
          "until",
          "st",
          "nd",
          "rd",
          "th",
          "day",
          "days",
          "-",
          "–",
          "—",
          ",",
          ".",
          "/",
          "(",
          ")",
          ":",
          ";",
          "%");

  /** The grammar words that can open an expression. */
  private static final Set<String> GRAMMAR_STARTERS =
      Set.of(
          "the",
          "end",
          "beginning",
          "start",
          "middle",
          "mid",
          "midyear",
          "year",
          "this",
          "next",
          "last",
          "coming",
          "following",
          "q",
          "h",
          "as");

  private final DateWords words;
  private final Vocabulary vocabulary;
  private final OpeningWords openings;
  private final RelativeDates relative;
  private final PeriodParts periods;
  private final TimeAmounts amounts;
  private final NumericDates numeric;
  private final CalendarDates calendar;

  DateGrammar(DateWords words) {
    this.words = words;
    Set<String> starters = new java.util.HashSet<>(words.allWords());
    starters.removeIf(w -> w.length() == 1 && !Character.isLetter(w.charAt(0)));
    starters.addAll(GRAMMAR_STARTERS);
    Set<String> all = new java.util.HashSet<>(starters);
    all.addAll(words.allWords());
    all.addAll(GRAMMAR_WORDS);
    this.vocabulary = new Vocabulary(all, starters);
    this.openings = new OpeningWords(words);
    this.relative = new RelativeDates(words);
    this.periods = new PeriodParts(words);
    this.amounts = new TimeAmounts(words);
    this.numeric = new NumericDates(words);
    this.calendar = new CalendarDates(words, numeric);
  }

  /** Tokenises {@code text} for this grammar. */
  Tokens tokenise(CharSequence text) {
    return new Tokens(text, vocabulary);
  }

  /**
   * The longest expression that starts at token {@code i}, or null.
   *
   * @param listedYear true when {@code i} continues a list after a year ("in 1967, 1981")
   */
  Match match(Tokens t, int i, boolean listedYear) {
    Match best = null;
    int v = words.matchLength(Kind.VAGUE, t, i);
    if (v > 0) {
      best = new Match(i, i + v, new Vague(), false);
    } else if (t.is(i, "as") && t.isWord(i + 1) && t.is(i + 2, "as") && t.is(i + 3, "possible")) {
      best = new Match(i, i + 4, new Vague(), false);
    }
    OpeningWords.Run run = openings.read(t, i);
    int j = run.to();
    if (j == i && v > 0) {
      return best;
    }
    Core core =
        core(t, j, new Opening(j > i || listedYear, run.strong() || listedYear, run.duration()));
    if (core != null && (best == null || core.to() > best.to())) {
      best = new Match(i, core.to(), core.expr(), run.bound());
    }
    return best;
  }

  /**
   * A phrase at token {@code i} naming the day before or after another date ("the day before", "the
   * following day"): {@code {length, offset}}, or null. A phrase that ends in "before" or "after"
   * must not be followed by a word ("the day before the vote" names no date here).
   */
  int[] anchoredDay(Tokens t, int i) {
    DateWords.Entry e = words.entry(t.key(i));
    int before = words.matchLength(Kind.DAYBEFORE, e, t, i);
    int after = words.matchLength(Kind.DAYAFTER, e, t, i);
    int n = Math.max(before, after);
    if (n == 0) {
      return null;
    }
    String last = t.key(i + n - 1);
    if (("before".equals(last) || "after".equals(last)) && t.isWord(i + n)) {
      return null;
    }
    return new int[] {n, before >= after ? -1 : 1};
  }

  /** True when token {@code i} can continue a list after a year that ended at token {@code i-1}. */
  static boolean continuesList(Tokens t, int from, int i) {
    return Years.continuesList(t, from, i);
  }

  /**
   * The length in days of an event named just before token {@code i}, "a four-day visit on
   * Tuesday", or 1: looks back at most six tokens, within the sentence.
   */
  int eventDays(Tokens t, int i) {
    return amounts.eventDays(t, i);
  }

  private Core core(Tokens t, int j, Opening o) {
    if (t.key(j) == null) {
      return null;
    }
    Core c;
    if ((c = relative.day(t, j)) != null
        || (c = periods.periodPart(t, j)) != null
        || (c = periods.halfOrQuarter(t, j)) != null
        || (c = relative.relative(t, j)) != null
        || (c = amounts.duration(t, j, o)) != null
        || (c = calendar.weekday(t, j, o)) != null
        || (c = calendar.dayFirst(t, j)) != null
        || (c = calendar.monthFirst(t, j, o)) != null
        || (c = numeric.date(t, j)) != null
        || (c = Years.year(t, j, o)) != null) {
      return c;
    }
    return null;
  }
}
