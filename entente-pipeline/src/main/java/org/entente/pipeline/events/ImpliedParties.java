package org.entente.pipeline.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Reads the parties that a clause implies without naming them: the official a pronoun stands for,
 * and "the two sides" or "both ministers" of the meeting before. Stateless.
 */
final class ImpliedParties {

  private static final MeetingContext W = MeetingContext.defaults();

  private ImpliedParties() {}

  /** "Ruiz told reporters … as she met with…": the official named last before the pronoun. */
  static String personBefore(Clause c, int offset) {
    String found = null;
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= offset && p.person().affiliation() != null) {
        found = p.person().affiliation();
      }
    }
    return found;
  }

  static boolean hasPronoun(FrozenList<Token> tokens, int before) {
    for (int k = Math.max(0, before - 8); k < before; k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("he") || w.equals("she") || w.equals("they")) {
        return true;
      }
    }
    return false;
  }

  /** "the accord that the women signed", "the leaders met": the sides, named just before. */
  static boolean definitePluralBefore(FrozenList<Token> tokens, int trigger) {
    int k = subjectEnd(tokens, trigger, 1); // "the leaders had last met"
    return k >= 1
        && EventContext.lower(tokens.get(k - 1)).equals("the")
        && W.is("both", EventContext.lower(tokens.get(k)));
  }

  private static final Set<String> AUXILIARIES = Set.of("had", "have", "has");

  /** The last token of the subject before the verb at {@code verb}, past auxiliaries ("had"). */
  private static int subjectEnd(List<Token> tokens, int verb, int floor) {
    int k = verb - 1;
    while (k > floor && AUXILIARIES.contains(EventContext.lower(tokens.get(k)))) {
      k--;
    }
    return k;
  }

  /**
   * The two sides when the subject right before the verb is two officials of two sides joined by
   * "and": "Rojas and Peru's Foreign Minister, Luis Vega, discussed …", "Luis Vega, and Rojas last
   * met …"; empty otherwise.
   */
  static Set<String> pairBefore(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    int trigger = tokens.get(m.from()).start();
    PersonMention first = null;
    PersonMention second = null;
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= trigger) {
        if (second == null || second.person() != p.person()) {
          first = second; // one person named twice over ("Ana Rojas", "Rojas") counts once
        }
        second = p;
      }
    }
    if (first == null) {
      return actorPairBefore(c, m);
    }
    if (first.person().affiliation() == null
        || second.person().affiliation() == null
        || first.person().affiliation().equals(second.person().affiliation())) {
      return Set.of();
    }
    int gap = 0;
    for (Token t : tokens) {
      if (t.start() >= second.span().end() && t.end() <= trigger) {
        String w = EventContext.lower(t);
        if (!w.equals(",") && !AUXILIARIES.contains(w) && ++gap > 1) {
          return Set.of(); // only a comma, an auxiliary or one adverb ("also") before the verb
        }
      }
    }
    for (Token t : tokens) {
      if (t.start() >= first.span().end() && t.end() <= second.span().start()) {
        String w = EventContext.lower(t);
        if (w.equals(",")) {
          continue;
        }
        if (!w.equals("and")) {
          return Set.of();
        }
        return Set.of(first.person().affiliation(), second.person().affiliation());
      }
    }
    return Set.of();
  }

  /** The most words of an office between two sides and their verb: "foreign ministers". */
  private static final int OFFICE_REACH = 3;

  /**
   * The sides when the subject right before the verb is two states or organisations joined by
   * "and", or a list of them ending in "(,) and", alone or with the officials they qualify: "Chile
   * and Peru met", "Chile, Peru, and Bolivia met", "the Chilean and Peruvian presidents met",
   * "officials of Chile and Peru met"; empty otherwise.
   */
  static Set<String> actorPairBefore(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    int k = subjectEnd(tokens, m.from(), 0);
    int office = 0;
    while (k > 0 && office < OFFICE_REACH && W.is("person-noun", EventContext.lower(tokens, k))) {
      k--; // "the Chilean and Peruvian [foreign ministers] met"
      office++;
    }
    ActorMention second = actorEndingAt(c, k);
    if (second == null) {
      return Set.of();
    }
    int and = c.tokenAt(second.span().start()) - 1;
    if (and < 1 || !EventContext.lower(tokens, and).equals("and")) {
      return Set.of();
    }
    int firstEnd = EventContext.lower(tokens, and - 1).equals(",") ? and - 2 : and - 1;
    ActorMention first = actorEndingAt(c, firstEnd);
    if (first == null || first.code().equals(second.code())) {
      return Set.of();
    }
    Set<String> sides = new LinkedHashSet<>();
    sides.add(first.code());
    sides.add(second.code());
    int before = c.tokenAt(first.span().start()) - 1;
    while (before >= 1 && EventContext.lower(tokens, before).equals(",")) {
      ActorMention earlier = actorEndingAt(c, before - 1);
      if (earlier == null) {
        break;
      }
      sides.add(earlier.code()); // "Chile, Peru(,) and Bolivia met": a list of sides
      before = c.tokenAt(earlier.span().start()) - 1;
    }
    if (before >= 0 && EventContext.lower(tokens, before).equals("of")) {
      // "officials of Chile and Peru", "the Ministers of Trade of Chile and Peru"
      int title = NonPartyActors.titleStart(tokens, before);
      if (title < 0) {
        return Set.of();
      }
      before = title - 1;
    }
    if (before >= 0 && EventContext.lower(tokens, before).equals("the")) {
      before--;
    }
    boolean opens = before < 0 || tokens.get(before).type() == Token.Type.PUNCTUATION;
    return opens ? Set.copyOf(sides) : Set.of();
  }

  /** The state or organisation whose name ends with token {@code k}, or null. */
  private static ActorMention actorEndingAt(Clause c, int k) {
    if (k < 0 || k >= c.tokens().size()) {
      return null;
    }
    int end = c.tokens().get(k).end();
    for (ActorMention a : c.actors()) {
      if (a.span().end() == end) {
        return a;
      }
    }
    return null;
  }

  /**
   * "On Wednesday, the Minister held talks with X": the definite office right before the verb
   * stands for the official last named with it; the side in {@code byOffice}, or null.
   */
  static String officeBefore(
      List<Token> tokens, int trigger, java.util.Map<String, String> byOffice) {
    int k = subjectEnd(tokens, trigger, 0);
    if (k < 1 || !EventContext.lower(tokens.get(k - 1)).equals("the")) {
      return null;
    }
    if (k >= 2 && tokens.get(k - 2).type() != Token.Type.PUNCTUATION) {
      return null; // only an office that opens its clause: "…, the Minister held"
    }
    return tokens.get(k).isCapitalised() ? byOffice.get(EventContext.lower(tokens.get(k))) : null;
  }

  /**
   * "They last met in Lima in May": the plural pronoun opens the clause right before the verb, so
   * it stands for the sides of the meeting reported before, not for one official.
   */
  static boolean theyBefore(FrozenList<Token> tokens, TriggerLexicon.Match m) {
    if (m.to() < tokens.size() && EventContext.lower(tokens.get(m.to())).equals("that")) {
      return false; // "They concluded that …" reports a finding, not a session
    }
    int k = subjectEnd(tokens, m.from(), 0);
    return k >= 0
        && EventContext.lower(tokens.get(k)).equals("they")
        && (k == 0 || tokens.get(k - 1).type() == Token.Type.PUNCTUATION);
  }

  /** The words that count the sides of a meeting: "both sides", "the three ministers". */
  private static final Set<String> SIDES_COUNT = Set.of("both", "two", "three", "four");

  static boolean mentionsBothSides(FrozenList<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (SIDES_COUNT.contains(w)
          && (W.is("both", EventContext.lower(tokens.get(k + 1)))
              || W.is("both", EventContext.lower(tokens, k + 2))
                  && tokens.get(k + 1).type() == Token.Type.WORD
                  && !tokens.get(k + 1).isCapitalised())) {
        return true; // "the two sides", "the two chief envoys"
      }
    }
    return false;
  }
}
