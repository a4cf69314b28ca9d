package org.entente.pipeline.events;

import java.util.List;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.Token;

/**
 * Tells which actors named near a trigger are not its parties: a topic ("about Iran"), a venue
 * ("met in Portugal"), a post ("their U.N. representatives") or a place named for its city.
 * Stateless.
 */
final class NonPartyActors {

  private static final MeetingContext W = MeetingContext.defaults();

  /** Words after an actor that do not make it a modifier ("Iran said", "China has"). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "said",
          "says",
          "has",
          "had",
          "have",
          "is",
          "was",
          "were",
          "are",
          "will",
          "would",
          "and",
          "or",
          "to",
          "in",
          "on",
          "at",
          "with",
          "for",
          "of",
          "by",
          "as",
          "that",
          "which",
          "who",
          "also",
          "did",
          "does",
          "agreed",
          "met",
          "signed",
          "held",
          "told",
          "called",
          "spoke",
          "talked",
          "visited",
          "received",
          "hosted",
          "welcomed",
          "could",
          "should",
          "may",
          "might",
          "must",
          "can",
          "over",
          "about",
          "after",
          "before",
          "during",
          "since",
          "from");

  private NonPartyActors() {}

  /** "about Iran", "on the situation in Syria": an actor spoken about, not a party. */
  static boolean isTopic(List<Token> tokens, int k) {
    if (k + 1 < tokens.size()) {
      // "the Iran war", "Iran's nuclear programme": an actor naming a thing, not a party
      Token next = tokens.get(k + 1);
      String n = EventContext.lower(next);
      if (next.type() == Token.Type.WORD
          && !next.isCapitalised()
          && !n.equals("and")
          && !n.equals("or")
          && !W.is("person-noun", n)
          && !W.is("both", n)
          && !TriggerLexicon.meetings().startsTrigger(n)
          && !FUNCTION_WORDS.contains(n)) {
        return true;
      }
    }
    for (int back = 1; back <= 3 && k - back >= 0; back++) {
      String w = EventContext.lower(tokens.get(k - back));
      if ((w.equals("from") || w.equals("of"))
          && k - back > 0
          && W.is("person-noun", EventContext.lower(tokens.get(k - back - 1)))) {
        return false; // "a delegation from Mexico"
      }
      if (w.equals("of")
          && k - back > 0
          && W.is("session-noun", EventContext.lower(tokens.get(k - back - 1)))) {
        return false; // "the tenth session of the EU-Chile Association Council": who met
      }
      if (W.is("topic-preposition", w)) {
        return true;
      }
      if (!(w.equals("the")
          || w.equals("situation")
          || w.equals("in")
          || w.equals("'s")
          || w.equals("war")
          || w.equals("crisis"))) {
        return false;
      }
    }
    return false;
  }

  /** "in Rabat", "in Geneva": a capital or city named as the place, not as its government. */
  static boolean isPlaceContext(List<Token> tokens, int k, ActorMention a) {
    if (k == 0) {
      return false;
    }
    String w = EventContext.lower(tokens.get(k - 1));
    if (a.kind() == ActorKind.ORGANISATION) {
      String w2 = k > 1 ? EventContext.lower(tokens.get(k - 2)) : "";
      return !MeetingTriggers.meetingNounAfter(tokens, a)
          && (w.equals("at") || (w.equals("the") && (w2.equals("at") || w2.equals("in"))));
    }
    if (a.how() == ActorMention.How.CAPITAL && MeetingTriggers.meetingNounAfter(tokens, a)) {
      return true; // "a Washington meeting", "the 1986 Tokyo summit": where, not who
    }
    return a.how() == ActorMention.How.CAPITAL
        && (w.equals("in")
            || w.equals("at")
            || w.equals("to")
            || w.equals("from")
            || w.equals("for"));
  }

  /** A state named by its name after "in": the venue of a meeting ("met in Portugal"). */
  static boolean isVenue(List<Token> tokens, int k, ActorMention a) {
    return a.kind() == ActorKind.STATE
        && a.how() == ActorMention.How.NAME
        && k > 0
        && EventContext.lower(tokens.get(k - 1)).equals("in");
  }

  /** "their U.N. representatives": an organisation naming a post, not a party. */
  static boolean isRole(List<Token> tokens, Clause c, ActorMention a) {
    if (a.kind() != ActorKind.ORGANISATION) {
      return false;
    }
    int next = c.tokenAt(a.span().end());
    return next < tokens.size()
        && next > 0
        && tokens.get(next).start() >= a.span().end()
        && W.is("person-noun", EventContext.lower(tokens.get(next)));
  }

  static boolean topicBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (W.is("topic-preposition", EventContext.lower(tokens.get(k)))) {
        String w = EventContext.lower(tokens.get(k));
        if (!w.equals("of") && !w.equals("from") && !w.equals("as")) {
          return true;
        }
      }
    }
    return false;
  }
}
