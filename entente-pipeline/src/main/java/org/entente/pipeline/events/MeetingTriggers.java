package org.entente.pipeline.events;

import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Tells whether a trigger phrase reports a meeting by what stands around it: the person or actor an
 * ambiguous verb needs as object, the subject before it, the place or destination after a journey
 * word, and the date, place or partner that anchors a bare meeting noun. Stateless.
 */
final class MeetingTriggers {

  private static final MeetingContext W = MeetingContext.defaults();

  /** How far from a journey word its traveller may be named, in tokens. */
  private static final int TRAVELLER_REACH = 10;

  static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
          "him", "them", "us", "me", "it", "which", "whom", "what", "be");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "with", "to", "by", "on", "in", "at", "of", "for", "from", "about", "over", "after",
          "before", "during");

  /** Nouns that report a meeting only when anchored by a date, a place or "with"/"between". */
  static final Set<String> BARE_NOUNS =
      Set.of(
          "talks",
          "negotiations",
          "consultations",
          "meeting",
          "meetings",
          "summit",
          "ministerial",
          "visit",
          "lunch",
          "dinner",
          "call",
          "calls");

  private MeetingTriggers() {}

  /**
   * For ambiguous verbs ("called", "received", "met", "welcomed"): the object must be a person, an
   * actor or a title, and not a thing ("called for restraint", "received a letter", "welcomed a
   * U.S. court decision"). The object is read up to the first preposition or punctuation.
   */
  static boolean objectFollows(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    int from = m.to();
    boolean call = EventContext.lower(tokens.get(m.from())).startsWith("call");
    boolean callOn = call && EventContext.lower(tokens.get(m.to() - 1)).equals("on");
    if (callOn) {
      for (int k = from; k < tokens.size(); k++) {
        if (EventContext.lower(tokens.get(k)).equals("to")) {
          return false; // "called on Iran to release …" urges
        }
      }
    } else if (from < tokens.size()
        && call
        && W.is("call-not-object", EventContext.lower(tokens.get(from)))) {
      return false;
    }
    from = SessionFrames.skipDateBeforePartner(c, skipDuration(tokens, from));
    from = skipAdjuncts(c, from);
    while (from < tokens.size() && PREPOSITIONS.contains(EventContext.lower(tokens.get(from)))) {
      from++; // "met with", "spoke to"
    }
    boolean party = false;
    int limit = Math.min(tokens.size(), from + 10);
    for (int k = from; k < limit; k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (k > from
          && (PREPOSITIONS.contains(w) || t.type() == Token.Type.PUNCTUATION && !w.equals("."))) {
        break;
      }
      if (W.is("thing", w)) {
        return false;
      }
      if (W.is("person-noun", w) || isMention(c, t)) {
        party = true;
      }
    }
    return party;
  }

  /** The most tokens of a courtesy title before a guest's name: "H.E. Mrs.". */
  private static final int COURTESY_REACH = 5;

  /** The most words of a place phrase set off by commas between a verb and its object. */
  private static final int ADJUNCT_REACH = 10;

  /**
   * "received on Wednesday, 4 March, at the Commission's headquarters in Addis Ababa, the
   * minister": the day and a place phrase set off by commas, between a verb and its object, are
   * skipped when "the" or an official's name follows them. Returns the token after them, or {@code
   * from}.
   */
  static int skipAdjuncts(Clause c, int from) {
    FrozenList<Token> tokens = c.tokens();
    int k = from;
    boolean skipped = false;
    while (k < tokens.size()) {
      String w = EventContext.lower(tokens.get(k));
      if (MeetingTense.inDate(c, tokens.get(k)) || w.equals(",") && skipped) {
        k++;
        skipped = true;
        continue;
      }
      if ((w.equals("at") || w.equals("in")) && (skipped || k == from)) {
        int j = k + 1;
        while (j < Math.min(tokens.size(), k + ADJUNCT_REACH)
            && !tokens.get(j).text().equals(",")) {
          j++;
        }
        if (j < tokens.size() && tokens.get(j).text().equals(",") && j < k + ADJUNCT_REACH) {
          k = j + 1;
          skipped = true;
          continue;
        }
      }
      break;
    }
    if (!skipped || k >= tokens.size()) {
      return from;
    }
    // only before a guest named as such: "the minister", or an official's name, after a courtesy
    // title of capitals and stops at most ("Mrs. Ana Rojas", "H.E. Ana Rojas")
    boolean guest = EventContext.lower(tokens.get(k)).equals("the");
    int name = k;
    while (name < Math.min(tokens.size(), k + COURTESY_REACH)
        && (tokens.get(name).isCapitalised() || tokens.get(name).text().equals("."))) {
      for (EventContext.PersonMention p : c.persons()) {
        guest |= p.span().start() == tokens.get(name).start();
      }
      name++;
    }
    return guest ? k : from;
  }

  /**
   * The party that a relative clause puts before its verb — "Norway, which he visited", "the envoy,
   * whom she met" — or null: the state or official right before ", which/whom" and a pronoun
   * subject.
   */
  static String frontedObject(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    int k = m.from();
    if (k < 3 || !c.tokens().get(k - 3).text().equals(",")) {
      return null;
    }
    String rel = EventContext.lower(tokens.get(k - 2));
    String subject = EventContext.lower(tokens.get(k - 1));
    if (!(rel.equals("which") || rel.equals("whom") || rel.equals("that"))
        || !(subject.equals("he") || subject.equals("she") || subject.equals("they"))) {
      return null;
    }
    int comma = tokens.get(k - 3).start();
    for (ActorMention a : c.actors()) {
      if (a.span().end() <= comma && comma - a.span().end() <= 1 && a.kind() == ActorKind.STATE) {
        return a.code();
      }
    }
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= comma && comma - p.span().end() <= 1) {
        return p.person().affiliation();
      }
    }
    return null;
  }

  /** "met for two hours with", "talked for 30 minutes to": the duration is not the object. */
  static int skipDuration(FrozenList<Token> tokens, int from) {
    if (from + 2 < tokens.size() && EventContext.lower(tokens.get(from)).equals("for")) {
      for (int k = from + 1; k < Math.min(tokens.size(), from + 4); k++) {
        String w = EventContext.lower(tokens.get(k));
        if (w.startsWith("hour")
            || w.startsWith("minute")
            || w.startsWith("day")
            || w.startsWith("week")) {
          return k + 1;
        }
      }
    }
    return from;
  }

  private static boolean isMention(Clause c, Token t) {
    for (PersonMention p : c.persons()) {
      if (p.span().start() >= t.start() && p.span().start() < t.end()) {
        return true;
      }
    }
    for (ActorMention a : c.actors()) {
      if (a.span().start() >= t.start() && a.span().start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Minister Ana Rojas made a trip to Lima", "a trip to Lima by Minister Ana Rojas": an official
   * or a state named before the journey word in its clause, or after "by" behind it.
   */
  static boolean travellerNamed(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - TRAVELLER_REACH); k--) {
      if (W.is("subject-stop", EventContext.lower(tokens, k))
          || EventContext.lower(tokens, k).equals(",")) {
        break;
      }
      if (isMention(c, tokens.get(k))) {
        return true;
      }
    }
    int end = Math.min(tokens.size(), m.to() + TRAVELLER_REACH);
    for (int k = m.to(); k + 1 < end; k++) {
      if (EventContext.lower(tokens, k).equals("by")) {
        for (int a = k + 1; a < Math.min(end, k + 5); a++) {
          if (isMention(c, tokens.get(a))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** "X and Y agreed in Rabat", not "the plan agreed in Geneva". */
  static boolean subjectBefore(Clause c, TriggerLexicon.Match m) {
    if (m.from() == 0) {
      return false;
    }
    Token prev = c.tokens().get(m.from() - 1);
    String w = EventContext.lower(prev);
    return isMention(c, prev)
        || w.equals("they")
        || w.equals("sides")
        || w.equals("ministers")
        || w.equals("leaders");
  }

  /** "meeting a longstanding demand": a verb, not a meeting. */
  static boolean isGerund(FrozenList<Token> tokens, int k) {
    if (!EventContext.lower(tokens.get(k)).equals("meeting") || k + 1 >= tokens.size()) {
      return false;
    }
    String next = EventContext.lower(tokens.get(k + 1));
    String prev = k > 0 ? EventContext.lower(tokens.get(k - 1)) : "";
    return DETERMINERS.contains(next) && !DETERMINERS.contains(prev);
  }

  /** A bare meeting noun counts with a date, a place, or a partner right after it. */
  static boolean anchored(Clause c, TriggerLexicon.Match m) {
    if (!c.dates().isEmpty() || !c.places().isEmpty() || hostOrganisation(c, m) != null) {
      return true; // "on Monday", "in Rabat", "at the OAS meeting"
    }
    FrozenList<Token> tokens = c.tokens();
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 2); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("with") || w.equals("between")) {
        return true;
      }
    }
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("held")
          || w.equals("hold")
          || w.equals("holds")
          || w.equals("during")
          || w.equals("after")
          || w.equals("attended")
          || w.equals("opened")
          || w.equals("began")
          || w.equals("concluded")
          || w.equals("ended")) {
        return true;
      }
    }
    return false;
  }

  static boolean placeFollows(Clause c, TriggerLexicon.Match m) {
    if (m.to() >= c.tokens().size()) {
      return false;
    }
    int at = c.tokens().get(m.to()).start();
    for (PlaceMatch p : c.places()) {
      if (p.start() == at) {
        return true;
      }
    }
    return false;
  }

  /** "went to Canada", "flew to Rabat": a state or a city right after the trigger. */
  static boolean destinationFollows(Clause c, TriggerLexicon.Match m) {
    if (placeFollows(c, m)) {
      return true;
    }
    if (m.to() >= c.tokens().size()) {
      return false;
    }
    int at = c.tokens().get(m.to()).start();
    for (ActorMention a : c.actors()) {
      if (a.span().start() == at && a.kind() == ActorKind.STATE) {
        return true;
      }
    }
    return false;
  }

  /** The organisation named right before a meeting noun ("the OAS meeting"), or null. */
  static String hostOrganisation(Clause c, TriggerLexicon.Match m) {
    int at = c.tokens().get(m.from()).start();
    for (ActorMention a : c.actors()) {
      if (a.kind() == ActorKind.ORGANISATION && a.span().end() <= at && at - a.span().end() <= 1) {
        return a.code();
      }
    }
    return null;
  }

  /** The token right after the mention is a meeting noun. */
  static boolean meetingNounAfter(FrozenList<Token> tokens, ActorMention a) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() >= a.span().end()) {
        return BARE_NOUNS.contains(EventContext.lower(tokens.get(k)));
      }
    }
    return false;
  }
}
