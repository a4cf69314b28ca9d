package org.entente.pipeline.events;

import java.time.LocalDate;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Tells whether a trigger's clause puts the meeting in the future, a purpose, a condition or a
 * denial ("will meet", "to resume talks", "when he visits", "did not meet"), by its words and by
 * its dates against the publication date. Stateless.
 */
final class MeetingTense {

  private static final MeetingContext W = MeetingContext.defaults();

  private MeetingTense() {}

  /**
   * True when the clause puts the meeting in the future, in a purpose, a condition or a denial:
   * "will meet", "to resume talks", "when he visits", "did not meet", "talks next week".
   */
  static boolean isFutureOrNegated(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = m.from() - 1, seen = 0; k >= 0 && seen < 20; k--, seen++) {
      if (inDate(c, tokens.get(k))) {
        continue; // "May 14" is a date, not a modal
      }
      String w = EventContext.lower(tokens.get(k));
      if ((W.is("subject-stop", w) || w.equals(",")) && seen > 2
          || w.equals("after")
          || w.equals("following")
          || w.equals("since")) {
        break; // "agreed to expand trade after a visit to Lima": the visit is not the purpose
      }
      if (w.equals("may") && tokens.get(k + 1).isCapitalised()) {
        continue; // "may God assist him"
      }
      if (w.equals("invitation") && EventContext.lower(tokens, k + 1).equals("of")) {
        continue; // "at the invitation of the minister, she paid a visit": who invited, not when
      }
      if (W.is("future", w) || W.is("negation", w)) {
        return true;
      }
      if (w.equals("to") && (k == m.from() - 1 || isInfinitive(tokens, k))) {
        return true; // "to meet", "leaders to resume peace talks"
      }
      if ((w.equals("when") || w.equals("once") || w.equals("until"))
          && isPresent(tokens.get(m.from()))) {
        return true; // "when he visits Washington"
      }
    }
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("will")
          || w.equals("would")
          || W.is("negation", w)
          || (w.equals("are") || w.equals("is"))
              && k + 1 < tokens.size()
              && (EventContext.lower(tokens.get(k + 1)).equals("to")
                  || EventContext.lower(tokens.get(k + 1)).equals("expected")
                  || EventContext.lower(tokens.get(k + 1)).equals("scheduled")
                  || EventContext.lower(tokens.get(k + 1)).equals("due"))) {
        return true;
      }
    }
    DateMention d = MeetingDates.nearestDate(c, m);
    if (d != null && commaBetween(c, d, m)) {
      d = null; // "agreed to resume talks next month, …, after the ministers met": another clause's
    }
    LocalDate pub = ctx.published();
    if (possessiveAhead(ctx, c, m)) {
      return true; // "ahead of this weekend's forum"
    }
    if (d != null
        && pub != null
        && (isPresent(tokens.get(m.from())) || opensInPresent(tokens, m.from()))
        && d.due() != null
        && d.due().latestDay() != null
        && d.due().latestDay().isAfter(pub)) {
      return true; // "King Tupou visits Fiji this week"
    }
    if (d != null && d.pointDate() == null && d.futureDate() != null) {
      return true; // "next week", "tomorrow"
    }
    return d != null
        && pub != null
        && d.pointDate() != null
        && d.pointDate().earliestDay() != null
        && d.pointDate().earliestDay().isAfter(pub);
  }

  /**
   * A possessive time expression a few words before the trigger that ends after publication: "this
   * weekend's regional forum", "next month's talks".
   */
  private static boolean possessiveAhead(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    LocalDate pub = ctx.published();
    int at = c.tokens().get(m.from()).start();
    String text = ctx.text();
    for (DateMention d : c.dates()) {
      if (pub != null
          && d.end() < at
          && c.tokenAt(at) - c.tokenAt(d.end()) <= 6
          && d.end() + 2 <= text.length()
          && (text.startsWith("'s", d.end()) || text.startsWith("’s", d.end()))
          && d.due() != null
          && d.due().latestDay() != null
          && d.due().latestDay().isAfter(pub)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma stands between the date and the trigger: the date is another clause's. */
  private static boolean commaBetween(Clause c, DateMention d, TriggerLexicon.Match m) {
    int trigger = c.tokens().get(m.from()).start();
    int from = Math.min(d.end(), trigger);
    int to = Math.max(d.start(), trigger);
    for (Token t : c.tokens()) {
      if (t.start() >= from && t.end() <= to && t.text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** "to" followed by a verb: a lower-case word that is no determiner or pronoun. */
  private static boolean isInfinitive(FrozenList<Token> tokens, int to) {
    if (to + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(to + 1);
    String w = EventContext.lower(next);
    return next.type() == Token.Type.WORD
        && !next.isCapitalised()
        && !MeetingTriggers.DETERMINERS.contains(w)
        && !w.endsWith("ing");
  }

  /** "begins a four-day visit", "starts talks": a present-tense verb opening the meeting noun. */
  private static boolean opensInPresent(FrozenList<Token> tokens, int trigger) {
    for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
      if (W.is("opening-present", EventContext.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPresent(Token t) {
    String w = EventContext.lower(t);
    return w.equals("visits")
        || w.equals("meets")
        || w.equals("hosts")
        || w.equals("receives")
        || w.equals("holds")
        || w.equals("speaks")
        || w.equals("travels");
  }

  static boolean inDate(Clause c, Token t) {
    for (DateMention d : c.dates()) {
      if (t.start() >= d.start() && t.end() <= d.end()) {
        return true;
      }
    }
    return false;
  }
}
