package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Span;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Deadlines named by an event instead of a date: "will meet the Queen during the visit" is due when
 * the visit ends, and the text dated the visit earlier ("begins a two-day state visit on Monday").
 * An undertaking with no time words of its own that names "during/at the visit, summit, talks…"
 * takes the deadline of the nearest earlier time expression in a sentence about that event.
 * Stateless.
 */
final class EventDeadlines {
  /** What separates the words of an action. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private static final Set<String> EVENTS =
      Set.of("visit", "summit", "talks", "meeting", "trip", "tour", "conference", "ministerial");

  /** How many tokens a time expression may stand from the occasion it dates. */
  private static final int OCCASION_REACH = 15;

  private static final Set<String> OWNERS = Set.of("the", "his", "her", "their", "its", "this");

  private EventDeadlines() {}

  static List<Commitment> anchor(
      EventContext ctx, CommitmentLexicon lexicon, List<Commitment> found) {
    List<Commitment> out = new ArrayList<>(found.size());
    for (Commitment c : found) {
      Commitment a = c.deadline() != null || c.spans().isEmpty() ? c : anchored(ctx, c);
      out.add(a.deadline() != null || a.spans().isEmpty() ? a : dated(ctx, lexicon, a));
    }
    return out;
  }

  /**
   * An undertaking about an occasion ("attend the summit", "lead a delegation to the signing
   * ceremony") with no time words of its own is due when another sentence dates that occasion
   * ("delaying until October the Andean summit", "will sign the deal on Jan. 15"): the time
   * expression nearest a mention of the occasion, in the nearest sentence that has one, that is not
   * over by publication.
   */
  private static Commitment dated(EventContext ctx, CommitmentLexicon lexicon, Commitment c) {
    List<String> events = new ArrayList<>();
    for (String w : NON_LETTERS.split(c.action().toLowerCase(Locale.ROOT))) {
      if (lexicon.is(w, CommitmentLexicon.WordClass.EVENT)) {
        events.add(w);
      }
    }
    if (events.isEmpty()) {
      return c;
    }
    int home = clauseOf(ctx, c.spans().get(0));
    List<Clause> all = ctx.clauses();
    for (int dist = 1; dist < all.size(); dist++) {
      for (int i : new int[] {home + dist, home - dist}) {
        if (i < 0 || i >= all.size()) {
          continue;
        }
        DateMention d = occasionDate(all.get(i), events, ctx.published());
        if (d != null) {
          Deadline deadline = new Deadline(d.due(), d.kind(), d.text(), d.span());
          return new Commitment(c.parties(), c.action(), c.place(), deadline, c.code(), c.spans());
        }
      }
    }
    return c;
  }

  private static int clauseOf(EventContext ctx, Span evidence) {
    for (Clause clause : ctx.clauses()) {
      if (clause.sentence().end() > evidence.start()) {
        return clause.index();
      }
    }
    return ctx.clauses().size() - 1;
  }

  /** The time expression nearest a word of the occasion in {@code c}, within a few words. */
  private static DateMention occasionDate(
      Clause c, List<String> events, java.time.LocalDate published) {
    FrozenList<Token> t = c.tokens();
    DateMention best = null;
    int bestDist = OCCASION_REACH + 1;
    for (int k = 0; k < t.size(); k++) {
      if (!namesOccasion(EventContext.lower(t.get(k)), events)) {
        continue;
      }
      for (DateMention d : c.dates()) {
        if (d.due() == null || d.kind() == Deadline.Kind.VAGUE || before(d, published)) {
          continue;
        }
        if (c.index() <= MeetingExtractor.LEAD && d.start() < c.sentence().start() + 40) {
          continue; // the dateline's date
        }
        int dk = c.tokenAt(d.start());
        int dist = Math.abs(dk - k);
        if (dist < bestDist) {
          best = d;
          bestDist = dist;
        }
      }
    }
    return best;
  }

  /** "signing" names the occasion of "sign", "meetings" that of "meeting". */
  private static boolean namesOccasion(String word, List<String> events) {
    for (String e : events) {
      if (word.equals(e)
          || Math.min(word.length(), e.length()) >= 4
              && (word.startsWith(e) || e.startsWith(word))) {
        return true;
      }
    }
    return false;
  }

  private static Commitment anchored(EventContext ctx, Commitment c) {
    Span evidence = c.spans().get(0);
    for (Clause clause : ctx.clauses()) {
      if (clause.sentence().start() > evidence.start()
          || clause.sentence().end() < evidence.end()) {
        continue;
      }
      FrozenList<Token> t = clause.tokens();
      for (int k = 0; k + 2 < t.size(); k++) {
        String w = EventContext.lower(t.get(k));
        String event = EventContext.lower(t.get(k + 2));
        if ((w.equals("during") || w.equals("at"))
            && OWNERS.contains(EventContext.lower(t.get(k + 1)))
            && EVENTS.contains(event)
            && t.get(k).start() >= evidence.start() - 200) {
          DateMention d = eventDate(ctx, clause.index(), event);
          if (d != null) {
            Span words = new Span(t.get(k).start(), t.get(k + 2).end());
            String text = ctx.text().substring(words.start(), words.end());
            Deadline deadline = new Deadline(d.due(), d.kind(), text, words);
            return new Commitment(
                c.parties(), c.action(), c.place(), deadline, c.code(), c.spans());
          }
        }
      }
      return c;
    }
    return c;
  }

  /**
   * The nearest time expression at or before clause {@code upTo} in a sentence naming the event.
   */
  private static DateMention eventDate(EventContext ctx, int upTo, String event) {
    for (int i = upTo; i >= 0; i--) {
      Clause c = ctx.clauses().get(i);
      if (c.dates().isEmpty() || !names(c, event)) {
        continue;
      }
      for (int k = c.dates().size() - 1; k >= 0; k--) {
        DateMention d = c.dates().get(k);
        if (i <= MeetingExtractor.LEAD && d.start() < c.sentence().start() + 40) {
          continue; // "OSLO, May 3 -": the dateline's date is when the story was filed
        }
        if (d.due() != null && !before(d, ctx.published())) {
          return d;
        }
      }
    }
    return null;
  }

  /** A time that ended before publication cannot bound an undertaking still to come. */
  private static boolean before(DateMention d, java.time.LocalDate published) {
    return published != null
        && d.due().latestDay() != null
        && d.due().latestDay().isBefore(published);
  }

  private static boolean names(Clause c, String event) {
    for (Token t : c.tokens()) {
      if (EventContext.lower(t).equals(event)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BOUNDS =
      Set.of("by", "before", "within", "until", "till", "no", "not", "ahead");

  /**
   * A time expression that sets a bound ("by the end of the year", "within 30 days", "no later than
   * June"): a deadline, never the date an instrument was agreed or signed.
   */
  static boolean isBound(DateMention d) {
    if (d.kind() != org.entente.model.Deadline.Kind.LATEST) {
      return false;
    }
    String t = d.text().strip().toLowerCase(java.util.Locale.ROOT);
    int space = t.indexOf(' ');
    return BOUNDS.contains(space < 0 ? t : t.substring(0, space));
  }
}
