package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * The members of a group as the text enumerates them, right after the group's name: "the Andean
 * Group -- Peru, Chile, Ecuador and Bolivia --", "the Contact Group (France, Germany and Italy)". A
 * multilateral meeting of such a group has all of them as parties. Stateless.
 */
final class MemberLists {

  /** The fewest states that make an enumeration. */
  private static final int MIN_MEMBERS = 3;

  private static final Set<String> OPENERS = Set.of("--", "—", "–", "(", ":", ",", "-");

  private MemberLists() {}

  /** Organisation code → member state codes in text order, for every enumeration in the text. */
  static Map<String, List<String>> find(List<Clause> clauses) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Clause c : clauses) {
      for (ActorMention a : c.actors()) {
        if (a.kind() == ActorKind.ORGANISATION && !out.containsKey(a.code())) {
          List<String> members = membersAfter(c, a);
          if (members.size() >= MIN_MEMBERS) {
            out.put(a.code(), members);
          }
        }
      }
    }
    return out;
  }

  /** The states listed right after {@code group}: an opener, then "A, B, … and C". */
  private static List<String> membersAfter(Clause c, ActorMention group) {
    FrozenList<Token> tokens = c.tokens();
    int first = c.tokenAt(group.span().start());
    int before = EventContext.lower(tokens, first - 1).equals("the") ? first - 2 : first - 1;
    String w0 = EventContext.lower(tokens, before);
    if (w0.equals(",") || w0.equals("and")) {
      return List.of(); // "with the EU, EFTA, Canada and Israel": one item of a list, not a group
    }
    int k = c.tokenAt(group.span().end());
    if (k >= tokens.size() || !OPENERS.contains(tokens.get(k).text())) {
      return List.of();
    }
    k++;
    if (k < tokens.size() && EventContext.lower(tokens.get(k)).equals("the")) {
      k++;
    }
    Set<String> members = new LinkedHashSet<>();
    while (k < tokens.size()) {
      ActorMention state = stateAt(c, tokens.get(k));
      if (state == null) {
        break;
      }
      members.add(state.code());
      k = c.tokenAt(state.span().end());
      boolean more = false;
      while (k < tokens.size()) {
        String w = EventContext.lower(tokens.get(k));
        if (w.equals(",") || w.equals("and") || more && w.equals("the")) {
          more = true;
          k++;
        } else {
          break;
        }
      }
      if (!more) {
        break;
      }
    }
    return new ArrayList<>(members);
  }

  private static ActorMention stateAt(Clause c, Token t) {
    for (ActorMention a : c.actors()) {
      if (a.kind() == ActorKind.STATE && a.span().start() == t.start()) {
        return a;
      }
    }
    return null;
  }
}
