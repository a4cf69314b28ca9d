package org.entente.pipeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.pipeline.time.TimeExpression.CalendarDay;
import org.entente.pipeline.time.TimeExpression.Readings;
import org.entente.pipeline.time.TimeExpression.Vague;
import org.entente.pipeline.time.TimeExpression.YearPeriod;

/**
 * Finds time expressions in text and reads them against a publication date: absolute dates ("16
 * April 2025", "Sept. 3", "2024-10-16"), dates relative to publication ("on Monday", "next week",
 * "within 30 days", "later this year"), parts of periods ("by mid-2025", "the second half of this
 * year", "the end of the month") and vague words ("soon", "in the coming weeks").
 *
 * <p>The text is tokenised once and matched leftmost-longest by a grammar that looks a bounded
 * number of tokens ahead, so a scan is linear in the length of the text; no regular expressions.
 * Word lists come from {@link DateWords}. Content never makes it throw: an impossible date ("30
 * February") is skipped.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class DateNormaliser {

  private static final DateNormaliser DEFAULTS = new DateNormaliser(DateWords.defaults());

  /** How far, in characters, "the day before" may stand from the date it counts from. */
  private static final int MAX_ANCHOR_DISTANCE = 160;

  private final DateGrammar grammar;

  /** A normaliser with the given word lists. */
  public DateNormaliser(DateWords words) {
    this.grammar = new DateGrammar(Objects.requireNonNull(words, "words"));
  }

  /** The normaliser with the word lists shipped with Entente, loaded once. */
  public static DateNormaliser defaults() {
    return DEFAULTS;
  }

  /**
   * Every time expression in {@code text}, sorted by offset and non-overlapping, each the longest
   * that starts where it starts.
   *
   * @param text the (repaired) text; null reads as empty
   * @param published the publication date, or null when unknown: then a day and month keep an
   *     unknown year and relative expressions ("on Monday", "next week") resolve to null
   */
  public List<DateMention> find(CharSequence text, LocalDate published) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    Tokens t = grammar.tokenise(text);
    List<DateMention> out = new ArrayList<>();
    int lastEnd = -1;
    boolean lastYear = false;
    int i = 0;
    while (i < t.size()) {
      if (!t.known(i)) {
        i++;
        continue;
      }
      int[] anchored = out.isEmpty() ? null : grammar.anchoredDay(t, i);
      if (anchored != null) {
        DateMention shifted = shifted(text, t, i, anchored, out.get(out.size() - 1));
        if (shifted != null) {
          out.add(shifted);
          lastYear = false;
          lastEnd = i + anchored[0];
          i = lastEnd;
          continue;
        }
      }
      boolean listed = lastYear && DateGrammar.continuesList(t, lastEnd, i);
      DateGrammar.Match m = grammar.match(t, i, listed);
      if (m == null) {
        i++;
        continue;
      }
      out.add(mention(text, t, m, published));
      lastYear = m.expr() instanceof YearPeriod y && y.year() != null;
      lastEnd = m.to();
      i = m.to();
    }
    return out;
  }

  /**
   * Reads a phrase that a consumer already holds, such as a commitment's time words. When the
   * phrase holds several expressions ("open Friday morning and resume Saturday") the result spans
   * them all, takes its point and future readings from the first and its deadline from the latest.
   *
   * @return empty when the phrase holds no time expression
   */
  public static Optional<DateMention> parse(String phrase, LocalDate published) {
    List<DateMention> all = DEFAULTS.find(phrase, published);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (all.size() == 1) {
      return Optional.of(all.get(0));
    }
    DateMention first = all.get(0);
    DateMention latest = null;
    for (DateMention m : all) {
      if (m.due() != null && (latest == null || later(m.due(), latest.due()))) {
        latest = m;
      }
    }
    DateMention last = all.get(all.size() - 1);
    DateMention due = latest != null ? latest : first;
    return Optional.of(
        new DateMention(
            first.start(),
            last.end(),
            phrase.substring(first.start(), last.end()),
            first.pointDate(),
            first.futureDate(),
            due.due(),
            due.kind()));
  }

  private static boolean later(PartialDate a, PartialDate b) {
    if (a.year() != null && b.year() != null) {
      return a.latestDay().isAfter(b.latestDay());
    }
    return a.compareTo(b) > 0;
  }

  private DateMention mention(CharSequence text, Tokens t, DateGrammar.Match m, LocalDate pub) {
    TimeExpression e = m.expr();
    Readings r = e.resolve(pub);
    PartialDate due = r.due();
    if (e.isDay() && due != null && due.isComplete() && singleDay(e)) {
      int days = grammar.eventDays(t, m.from());
      if (days > 1) {
        due = PartialDate.of(due.toLocalDate().plusDays(days - 1L));
      }
    }
    Deadline.Kind kind =
        e instanceof Vague
            ? Deadline.Kind.VAGUE
            : m.bound() || !e.isDay() ? Deadline.Kind.LATEST : Deadline.Kind.EXACT;
    int start = t.start(m.from());
    int end = t.end(m.to() - 1);
    return new DateMention(
        start, end, text.subSequence(start, end).toString(), r.point(), r.future(), due, kind);
  }

  /**
   * "the day before" read against {@code anchor}, the date named just before it in the same
   * sentence ("on May 4 after a stop in Quito the day before"): that day moved by one.
   */
  private static DateMention shifted(
      CharSequence text, Tokens t, int i, int[] anchored, DateMention anchor) {
    int start = t.start(i);
    int end = t.end(i + anchored[0] - 1);
    if (start - anchor.end() > MAX_ANCHOR_DISTANCE) {
      return null;
    }
    for (int k = anchor.end(); k < start; k++) {
      char ch = text.charAt(k);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return null;
      }
    }
    PartialDate due = shift(anchor.due(), anchored[1]);
    if (due == null) {
      return null;
    }
    return new DateMention(
        start,
        end,
        text.subSequence(start, end).toString(),
        shift(anchor.pointDate(), anchored[1]),
        shift(anchor.futureDate(), anchored[1]),
        due,
        Deadline.Kind.EXACT);
  }

  private static PartialDate shift(PartialDate d, int days) {
    return d == null || !d.isComplete() ? null : PartialDate.of(d.toLocalDate().plusDays(days));
  }

  private static boolean singleDay(TimeExpression e) {
    return !(e instanceof CalendarDay c) || c.month() == c.endMonth() && c.day() == c.endDay();
  }
}
