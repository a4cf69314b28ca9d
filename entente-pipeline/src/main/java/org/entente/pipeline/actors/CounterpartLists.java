package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;

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
    if (k < 1 || !doc.lower(k).equals(",")) {
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
   * Pattern 7: "his Peruvian and Bolivian counterparts, Luis Soto and Eva Mora": the states before
   * the plural are the named people's, in order; as many names as states, or none is taken.
   */
  void counterpartList(int i, List<OfficialCandidate> out) {
    if (!doc.lower(i).equals("counterparts")
        || i + 2 >= doc.tokens.size()
        || !doc.lower(i + 1).equals(",")) {
      return;
    }
    List<String> states = new ArrayList<>();
    int k = i - 1;
    while (k >= 0 && doc.sentence[k] == doc.sentence[i]) {
      if (doc.actor[k] != null && doc.stateActor[k]) {
        String code = doc.actor[k];
        while (k >= 0 && code.equals(doc.actor[k])) {
          k--; // "Sri Lankan": one state over several doc.tokens
        }
        states.add(0, code);
      } else if (doc.lower(k).equals("and") || doc.lower(k).equals(",")) {
        k--;
      } else {
        break;
      }
    }
    if (states.size() < 2) {
      return;
    }
    List<OfficialCandidate> named = new ArrayList<>();
    int j = i + 2;
    while (named.size() < states.size()
        && j < doc.tokens.size()
        && doc.sentence[j] == doc.sentence[i]) {
      int end = names.nameRun(names.skipHonorifics(j), false);
      if (end <= j) {
        return;
      }
      OfficialCandidate c = new OfficialCandidate(names.skipHonorifics(j), end);
      c.affiliation = states.get(named.size());
      c.explicit = true;
      c.role = "counterpart";
      c.titleFrom = i;
      c.titleTo = i + 1;
      named.add(c);
      j = end;
      if (j < doc.tokens.size() && doc.lower(j).equals(",")) {
        j++;
      }
      if (j < doc.tokens.size() && doc.lower(j).equals("and")) {
        j++;
      }
    }
    if (named.size() == states.size()) {
      out.addAll(named);
    }
  }
}
