package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.actors.TitleLexicon.WordClass;

/**
 * Officials introduced as someone's counterparts: the states that qualify "counterpart" are theirs,
 * one state for each person named after it. Not thread-safe.
 */
final class CounterpartLists {

  private final MarkedTokens doc;
  private final NameReader names;

  CounterpartLists(MarkedTokens doc, NameReader names) {
    this.doc = doc;
    this.names = names;
  }

  /**
   * "his Peruvian counterpart, Foreign Minister Name": the actor that qualifies the counterpart in
   * apposition before the title is the official's own.
   */
  void counterpartOf(OfficialCandidate c, int titleStart) {
    int k = titleStart - 1;
    if (k < 1 || !doc.lowerIs(k, ",")) {
      return;
    }
    k--;
    if (!doc.lower(k).startsWith("counterpart")) {
      return;
    }
    for (int a = k - 1; a >= Math.max(0, k - 3) && doc.sentence[a] == doc.sentence[k]; a--) {
      if (doc.actor[a] != null && !doc.possessive[a]) {
        c.affiliation = doc.actor[a];
        c.explicit = true;
        return;
      }
    }
  }

  /**
   * Pattern 7: "his Peruvian and Bolivian counterparts(,) Luis Soto and Eva Mora": the states
   * before the plural are the named people's, in order; as many names as states, or none is taken.
   */
  void counterpartList(int i, List<OfficialCandidate> out) {
    boolean counterparts = doc.lowerIs(i, "counterparts") || doc.lowerIs(i, "peers");
    String head = counterparts ? null : singularHead(i);
    if (!counterparts && head == null || i + 2 >= doc.size()) {
      return;
    }
    int first = i + 1;
    if (doc.lowerIs(first, ",")) {
      first++; // "counterparts, Luis Soto and Eva Mora", or without the comma
    }
    List<String> states = new ArrayList<>();
    int k = i - 1;
    int roleFrom = i;
    while (!counterparts && k >= 0 && doc.cls[k] == WordClass.MODIFIER && doc.actor[k] == null) {
      roleFrom = k--; // "Greek and Turkish foreign ministers": the office's own words
    }
    while (k >= 0 && doc.sentence[k] == doc.sentence[i]) {
      if (doc.actor[k] != null && doc.stateActor[k]) {
        String code = doc.actor[k];
        while (k >= 0 && code.equals(doc.actor[k])) {
          k--; // "Sri Lankan": one state over several doc.tokens
        }
        states.add(0, code);
      } else if (doc.lowerIs(k, "and") || doc.lowerIs(k, ",")) {
        k--;
      } else {
        break;
      }
    }
    String role = counterparts ? "counterpart" : roleText(roleFrom, i, head);
    if (states.size() < 2) {
      // "his peers Ana Rojas of Peru and Luis Vega of Brazil", "the Venezuelan parliamentarians
      // Ana Rojas and Luis Vega": each name's own state, or the one state before the plural
      statedAfter(i, first, states.isEmpty() ? null : states.get(0), role, out);
      return;
    }
    List<OfficialCandidate> named = new ArrayList<>();
    int j = first;
    while (named.size() < states.size() && j < doc.size() && doc.sentence[j] == doc.sentence[i]) {
      int end = names.nameRun(names.skipHonorifics(j), false);
      if (end <= j) {
        return;
      }
      named.add(
          OfficialCandidate.listed(
              names.skipHonorifics(j), end, states.get(named.size()), i, role));
      j = end;
      if (j < doc.size() && doc.lowerIs(j, ",")) {
        j++;
      }
      if (j < doc.size() && doc.lowerIs(j, "and")) {
        j++;
      }
    }
    if (named.size() == states.size()) {
      out.addAll(named);
    }
  }

  /** The most names one plural title lists. */
  private static final int MAX_LISTED = 6;

  /**
   * Names listed after the plural at {@code i}, from {@code first}, each followed by its state
   * ("Ana Rojas of Peru", "Luis Vega (Brazil)"), or all of {@code shared}'s when it is given; at
   * least two names, every one with a state, or none is taken.
   */
  private void statedAfter(
      int i, int first, String shared, String role, List<OfficialCandidate> out) {
    List<OfficialCandidate> named = new ArrayList<>();
    int j = first;
    while (named.size() < MAX_LISTED && j < doc.size() && doc.sentence[j] == doc.sentence[i]) {
      int from = names.skipHonorifics(j);
      int end = names.nameRun(from, false);
      if (end <= from + 1) {
        break; // a full name each: "Ana Rojas", not "Rojas"
      }
      String state = shared;
      int next = end;
      if (next + 1 < doc.size()
          && (doc.lowerIs(next, "of") || doc.lowerIs(next, "("))
          && doc.actor[next + 1] != null
          && doc.stateActor[next + 1]) {
        state = doc.actor[next + 1];
        next++;
        while (next < doc.size() && state.equals(doc.actor[next])) {
          next++;
        }
        if (next < doc.size() && doc.lowerIs(next, ")")) {
          next++;
        }
      } else if (shared == null) {
        break;
      }
      named.add(OfficialCandidate.listed(from, end, state, i, role));
      j = next;
      if (j < doc.size() && doc.lowerIs(j, ",")) {
        j++;
      }
      if (j < doc.size() && doc.lowerIs(j, "and")) {
        j++;
      } else if (j >= doc.size() || !doc.token(j).isCapitalised()) {
        break;
      }
    }
    if (named.size() >= 2) {
      out.addAll(named);
    }
  }

  /**
   * Pattern 7 also reads a plural office: "Greek and Turkish foreign ministers Ana Rojas and Luis
   * Vega". The singular of the plural at {@code i} when it is an office's head, else null.
   */
  private String singularHead(int i) {
    String w = doc.lower(i);
    if (w.length() < 4 || w.charAt(w.length() - 1) != 's' || !doc.lex.isHeadPlural(w)) {
      return null; // asked for every word: no singular is cut unless it is a head
    }
    return w.substring(0, w.length() - 1);
  }

  /** "foreign minister" of "foreign ministers": the office's words, its head in the singular. */
  private String roleText(int from, int plural, String head) {
    StringBuilder role = new StringBuilder();
    for (int k = from; k < plural; k++) {
      role.append(doc.token(k).text()).append(' ');
    }
    String text = doc.token(plural).text();
    return role.append(text, 0, head.length()).toString();
  }
}
