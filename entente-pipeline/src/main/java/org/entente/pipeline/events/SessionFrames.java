package org.entente.pipeline.events;

import java.util.Set;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * What stands around a meeting verb besides its parties: the mechanism whose session it reports
 * ("the fifth round of consultations was held", "co-chaired the Joint Commission"), and the day or
 * the occasion between the verb and its partners ("met on Tuesday on the sidelines of the summit
 * with X"). Stateless; used by {@link MeetingExtractor}.
 */
final class SessionFrames {

  private static final MeetingContext W = MeetingContext.defaults();

  private SessionFrames() {}

  /**
   * How far a session noun may stand after an active verb: "co-chaired the 9th Joint Commission".
   */
  static final int SESSION_REACH = 8;

  /**
   * Whether a meeting or mechanism noun stands in the clause before the trigger, as its subject:
   * "the tenth session of the Joint Commission was held", "the Association Council met".
   */
  static boolean sessionBefore(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    int from = m.from() - 1;
    if (from >= 2
        && RELATIVES.contains(EventContext.lower(tokens.get(from)))
        && tokens.get(from - 1).text().equals(",")) {
      from -= 2; // "the 8th Session, which took place in X": the relative's antecedent
    }
    for (int k = from; k >= 0; k--) {
      String w = EventContext.lower(tokens.get(k));
      if (W.is("subject-stop", w)) {
        return false;
      }
      if (W.is("session-noun", w) || mechanismAcronym(c, k)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("which", "that");

  /**
   * "The JCBC last met in 2019": a body named by an acronym of its own (capitals, no actor) after
   * "the" is a mechanism.
   */
  private static boolean mechanismAcronym(Clause c, int k) {
    Token t = c.tokens().get(k);
    String w = t.text();
    if (k == 0 || w.length() < 3 || !w.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    for (var a : c.actors()) {
      if (a.span().start() <= t.start() && t.end() <= a.span().end()) {
        return false; // "the UN": an organisation, a party
      }
    }
    return EventContext.lower(c.tokens().get(k - 1)).equals("the");
  }

  /** Whether the token at {@code k} is a meeting or mechanism noun ("session", "summit"). */
  static boolean sessionNounAt(Clause c, int k) {
    return k >= 0 && W.is("session-noun", EventContext.lower(c.tokens().get(k)));
  }

  /** Whether a word of the clause's sentence puts something in the future ("will", "due"). */
  static boolean futureInSentence(Clause c) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (!W.is("future", w) || MeetingTense.inDate(c, t)) {
        continue; // "held in May": a month, not a modal
      }
      if (w.equals("set")
          && !(k + 1 < tokens.size()
              && SET_AHEAD.contains(EventContext.lower(tokens.get(k + 1))))) {
        continue; // "the session set up a working group": only "set to", "set for" look ahead
      }
      return true;
    }
    return false;
  }

  private static final Set<String> SET_AHEAD = Set.of("to", "for");

  /**
   * Whether a meeting or mechanism noun follows an active verb: "co-chaired the Joint Commission".
   */
  static boolean sessionAfter(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + SESSION_REACH); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (W.is("session-noun", w)) {
        return true;
      }
      if (W.is("object-stop", w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "spoke by phone on Monday with X", "received a call on Monday from X", "met in Lima on Monday
   * with X": a date, an occasion or a place between the trigger and its partner is skipped.
   */
  static int skipDateBeforePartner(Clause c, int from) {
    FrozenList<Token> tokens = c.tokens();
    int k = from;
    while (k < tokens.size()) {
      if (MeetingTense.inDate(c, tokens.get(k))) {
        k++; // "on Tuesday", "on 3 May"
      } else if (k + 1 < tokens.size()
          && DATE_PREPOSITIONS.contains(EventContext.lower(tokens.get(k)))
          && MeetingTense.inDate(c, tokens.get(k + 1))) {
        k++;
      } else if (occasionAt(tokens, k) > k) {
        k = occasionAt(tokens, k); // "on the sidelines of the summit with X"
      } else if (placeAt(c, k) > k) {
        k = placeAt(c, k); // "met in Lima on Monday with X"
      } else {
        break;
      }
    }
    if (k > from && k < tokens.size()) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("with") || w.equals("to") || w.equals("from") || w.equals("by")) {
        return k;
      }
    }
    return from;
  }

  /** The token after "in Lima" or "at Lima" at {@code k}, or {@code k} when no place is named. */
  private static int placeAt(Clause c, int k) {
    FrozenList<Token> tokens = c.tokens();
    String w = EventContext.lower(tokens.get(k));
    if (k + 1 >= tokens.size() || !w.equals("in") && !w.equals("at")) {
      return k;
    }
    int start = tokens.get(k + 1).start();
    for (org.entente.pipeline.gazetteer.PlaceMatch p : c.places()) {
      if (p.start() == start) {
        int end = c.tokenAt(p.end() - 1);
        return end > k ? end + 1 : k;
      }
    }
    return k;
  }

  static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "during");

  /** Nouns of the margins of a gathering: "on the sidelines of", "on the margins of". */
  static final Set<String> MARGINS = Set.of("sidelines", "margins", "margin", "fringes");

  /** The most words an occasion names between "of" and what follows it. */
  static final int OCCASION_REACH = 10;

  /**
   * The token after "on the sidelines of the summit" when such a phrase opens at {@code k} and a
   * partner ("with", "to") follows it, else {@code k}.
   */
  static int occasionAt(FrozenList<Token> tokens, int k) {
    if (k + 3 >= tokens.size()
        || !EventContext.lower(tokens.get(k)).equals("on")
        || !EventContext.lower(tokens.get(k + 1)).equals("the")
        || !MARGINS.contains(EventContext.lower(tokens.get(k + 2)))
        || !EventContext.lower(tokens.get(k + 3)).equals("of")) {
      return k;
    }
    for (int j = k + 4; j < Math.min(tokens.size(), k + 4 + OCCASION_REACH); j++) {
      String w = EventContext.lower(tokens.get(j));
      if (w.equals("with") || w.equals("to")) {
        return j;
      }
      if (w.equals(",")
          && j + 1 < tokens.size()
          && EventContext.lower(tokens.get(j + 1)).equals("with")) {
        return j + 1;
      }
    }
    return k;
  }
}
