package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Finds the parties named in part of a sentence: states and organisations, and the affiliations of
 * officials. A capital after "in", "at", "to" or "from" is a place, not a party. Stateless.
 */
final class PartyFinder {

  /** A party named at tokens {@code [from, to)} of a clause. */
  record Named(String code, int from, int to) {}

  private static final Set<String> PAIR_NOUNS =
      Set.of(
          "sides",
          "ministers",
          "leaders",
          "countries",
          "presidents",
          "delegations",
          "men",
          "governments",
          "nations",
          "parties",
          "states",
          "heads",
          "secretaries",
          "counterparts",
          "officials");

  private PartyFinder() {}

  /** Every party named in the clause, in text order (a code may repeat). */
  static List<Named> named(Clause c) {
    List<Named> out = new ArrayList<>();
    FrozenList<Token> tokens = c.tokens();
    for (ActorMention a : c.actors()) {
      int k = c.tokenAt(a.span().start());
      if (a.how() == ActorMention.How.CAPITAL && k > 0) {
        String w = EventContext.lower(tokens.get(k - 1));
        if (w.equals("in") || w.equals("at") || w.equals("to") || w.equals("from")) {
          continue;
        }
      }
      if (NonPartyActors.inPortfolio(c, a)) {
        continue; // "Minister for ASEAN Affairs": a field, not a side
      }
      out.add(new Named(a.code(), k, Math.max(k + 1, c.tokenAt(a.span().end()))));
    }
    for (PersonMention p : c.persons()) {
      if (p.person().affiliation() != null) {
        int k = c.tokenAt(p.span().start());
        out.add(new Named(p.person().affiliation(), k, Math.max(k + 1, c.tokenAt(p.span().end()))));
      }
    }
    out.sort((a, b) -> a.from() != b.from() ? a.from() - b.from() : a.to() - b.to());
    return out;
  }

  /** The distinct codes of every party named in the clause. */
  static Set<String> all(Clause c) {
    Set<String> out = new LinkedHashSet<>();
    named(c).forEach(n -> out.add(n.code()));
    return out;
  }

  /**
   * The subject group that ends nearest before token {@code to}, not before token {@code from}: the
   * last party named, with those coordinated with it ("Chile and Peru", "France, Germany and
   * Britain"). Empty when none is named.
   */
  static Set<String> subject(Clause c, List<Named> named, int from, int to) {
    FrozenList<Token> tokens = c.tokens();
    int last = -1;
    for (int i = 0; i < named.size(); i++) {
      Named n = named.get(i);
      if (n.from() >= from && n.to() <= to) {
        last = i;
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (last < 0) {
      return out;
    }
    out.add(named.get(last).code());
    int start = named.get(last).from();
    for (int i = last - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (n.from() < from) {
        break;
      }
      if (n.to() > start) { // overlapping mention (a title inside a name): same group
        out.add(n.code());
        start = Math.min(start, n.from());
        continue;
      }
      if (!coordinated(tokens, n.to(), start)) {
        break;
      }
      out.add(n.code());
      start = n.from();
    }
    return out;
  }

  /** True when tokens {@code [from, to)} join two names: "and", ",", "and the", "'s". */
  private static boolean coordinated(FrozenList<Token> tokens, int from, int to) {
    if (to - from > 3 || to <= from) {
      return to <= from;
    }
    boolean joiner = false;
    for (int k = from; k < to; k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("and") || w.equals(",")) {
        joiner = true;
      } else if (!(w.equals("the") || w.equals("president") || w.equals("minister"))) {
        return false;
      }
    }
    return joiner;
  }

  /** True when tokens {@code [from, to)} speak of both sides: "the two sides", "both leaders". */
  /**
   * "the ministers", "the foreign ministers": a plural that stands for the parties together, the
   * definite article at most one word before it.
   */
  static boolean definitePair(FrozenList<Token> tokens, int k) {
    if (!PAIR_NOUNS.contains(EventContext.lower(tokens.get(k)))) {
      return false;
    }
    return k >= 1 && EventContext.lower(tokens.get(k - 1)).equals("the")
        || k >= 2 && EventContext.lower(tokens.get(k - 2)).equals("the");
  }

  static boolean bothSides(FrozenList<Token> tokens, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < Math.min(tokens.size(), to + 1); k++) {
      String w = EventContext.lower(tokens.get(k));
      if ((w.equals("two") || w.equals("both"))
          && PAIR_NOUNS.contains(EventContext.lower(tokens.get(k + 1)))) {
        return true;
      }
      if (w.equals("both") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(",")) {
        return true;
      }
    }
    return false;
  }
}
