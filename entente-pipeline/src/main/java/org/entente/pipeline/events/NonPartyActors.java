package org.entente.pipeline.events;

import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
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
          "from",
          "led",
          "headed",
          "chaired",
          "co-chaired",
          "represented",
          "accompanied");

  private NonPartyActors() {}

  /** "about Iran", "on the situation in Syria": an actor spoken about, not a party. */
  static boolean isTopic(FrozenList<Token> tokens, int k) {
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
      if (w.equals("of") && officeBefore(tokens, k - back)) {
        return false; // "the Minister of Trade of Chile": whose minister
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

  /** The most words of an office's title read back from the "of" after it. */
  private static final int TITLE_REACH = 6;

  /**
   * A capitalised office ends right before the "of" at token {@code of}: "Minister of Foreign
   * Affairs", "Secretary for Trade and Industry". Its words are capitalised, joined by "of", "for",
   * "and" or "the", and one of them names a person ({@code person-noun}); lower-case "the internal
   * affairs of" is no office.
   */
  private static boolean officeBefore(FrozenList<Token> tokens, int of) {
    return titleStart(tokens, of) >= 0;
  }

  /**
   * The first token of the office or the persons named right before the "of" at token {@code of}
   * ("officials of", "the Ministers of Trade of"), or -1 when what stands there names no person: a
   * capitalised title with a person's noun in it, or persons' nouns of any case.
   */
  static int titleStart(FrozenList<Token> tokens, int of) {
    int start = -1;
    for (int k = of - 1; k >= Math.max(0, of - TITLE_REACH); k--) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (W.is("person-noun", w) && (t.isCapitalised() || k == of - 1 || start == k + 1)) {
        start = k;
      } else if (!(t.type() == Token.Type.WORD && t.isCapitalised()
          || w.equals("of")
          || w.equals("for")
          || w.equals("and")
          || w.equals("the"))) {
        break;
      }
    }
    return start;
  }

  /** "in Rabat", "in Geneva": a capital or city named as the place, not as its government. */
  static boolean isPlaceContext(FrozenList<Token> tokens, int k, ActorMention a) {
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

  /**
   * "met in Brussels": an actor whose name is also the name of a city the gazetteer places there
   * (an organisation named for its seat), after a preposition of place, is where, not who.
   */
  static boolean isSeatCity(Clause c, int k, ActorMention a) {
    if (k == 0 || a.kind() != ActorKind.ORGANISATION) {
      return false;
    }
    String w = EventContext.lower(c.tokens().get(k - 1));
    if (!(w.equals("in") || w.equals("at") || w.equals("to") || w.equals("from"))) {
      return false;
    }
    for (PlaceMatch p : c.places()) {
      if (p.start() == a.span().start() && p.end() == a.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "held in Valletta, Malta", "in Xiamen, southeast China": a state named after a city, its comma
   * (and a word of direction) and a preposition of place says where the city is, not who took part.
   */
  static boolean afterCity(Clause c, int k, ActorMention a) {
    FrozenList<Token> tokens = c.tokens();
    int comma = W.is("direction", EventContext.lower(tokens, k - 1)) ? k - 2 : k - 1;
    if (a.kind() != ActorKind.STATE || comma < 2 || !tokens.get(comma).text().equals(",")) {
      return false;
    }
    int cityEnd = tokens.get(comma - 1).end();
    int cityStart = -1;
    for (PlaceMatch p : c.places()) {
      if (p.end() == cityEnd) {
        cityStart = p.start();
      }
    }
    for (ActorMention m : c.actors()) {
      if (m.span().end() == cityEnd && m.how() == ActorMention.How.CAPITAL) {
        cityStart = m.span().start();
      }
    }
    if (cityStart < 0) {
      return false;
    }
    int before = c.tokenAt(cityStart) - 1;
    String w = EventContext.lower(tokens, before);
    return w.equals("in") || w.equals("at");
  }

  /** A state named by its name after "in": the venue of a meeting ("met in Portugal"). */
  static boolean isVenue(FrozenList<Token> tokens, int k, ActorMention a) {
    return a.kind() == ActorKind.STATE
        && a.how() == ActorMention.How.NAME
        && k > 0
        && EventContext.lower(tokens.get(k - 1)).equals("in");
  }

  /** The most tokens between an office's person-noun and a portfolio named in its title. */
  private static final int PORTFOLIO_REACH = 12;

  /**
   * "Minister of Foreign Affairs, Francophonie and Nationals Abroad", "Minister for ASEAN Affairs",
   * "ASEAN Affairs Minister": an organisation named among the portfolios of an office, after a
   * comma, "and" or "for", names a field, not a party. Read back from the organisation over
   * capitalised words, "of", "for", "and", "the" and commas (a comma not followed by "the") to the
   * office's person-noun, without crossing an official's name.
   */
  static boolean inPortfolio(Clause c, ActorMention a) {
    if (a.kind() != ActorKind.ORGANISATION) {
      return false;
    }
    FrozenList<Token> tokens = c.tokens();
    int at = c.tokenAt(a.span().start());
    int after = c.tokenAt(a.span().end() - 1) + 1;
    if (EventContext.lower(tokens, after).equals("affairs")
        && W.is("person-noun", EventContext.lower(tokens, after + 1))) {
      return true; // "Trade and ASEAN Affairs Minister": a portfolio before the office
    }
    int before = EventContext.lower(tokens, at - 1).equals("the") ? at - 2 : at - 1;
    String joint = EventContext.lower(tokens, before);
    if (!(joint.equals(",") || joint.equals("and") || joint.equals("for"))) {
      return false; // "Secretary-General of the United Nations": whose office, not its field
    }
    for (int k = at - 1; k >= Math.max(0, at - PORTFOLIO_REACH); k--) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (insidePerson(c, t)) {
        return false;
      }
      if (t.type() == Token.Type.WORD && t.isCapitalised()) {
        if (W.is("person-noun", w)) {
          return true;
        }
      } else if (w.equals(",")) {
        if (EventContext.lower(tokens, k + 1).equals("the")) {
          return false;
        }
      } else if (!(w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean insidePerson(Clause c, Token t) {
    for (EventContext.PersonMention p : c.persons()) {
      if (t.start() >= p.span().start() && t.end() <= p.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** "their U.N. representatives": an organisation naming a post, not a party. */
  static boolean isRole(FrozenList<Token> tokens, Clause c, ActorMention a) {
    if (a.kind() != ActorKind.ORGANISATION) {
      return false;
    }
    int next = c.tokenAt(a.span().end());
    return next < tokens.size()
        && next > 0
        && tokens.get(next).start() >= a.span().end()
        && W.is("person-noun", EventContext.lower(tokens.get(next)));
  }

  static boolean topicBetween(FrozenList<Token> tokens, int from, int to) {
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
