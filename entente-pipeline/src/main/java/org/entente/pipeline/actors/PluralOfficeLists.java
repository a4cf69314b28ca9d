package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.pipeline.text.WordSets;

/**
 * Officials named after a plural office with their states after it, as reports of multilateral
 * meetings list them: each state followed by its official ("the Ministers of Trade of Chile, Ana
 * Rojas, Peru, Luis Vega, and Bolivia, Eva Mora"; "the Presidents of Ghana, Kofi Mensah; and Togo,
 * Ama Dede"), or the states first and the names after, in the same order ("his peers from Kenya and
 * Uganda, John Otieno and Grace Namata"); agency style leaves the comma out between a state and its
 * official ("the foreign ministers of Chile Ana Rojas, Peru Luis Vega"). One official for each
 * pair; a list that does not pair up is not read. Not thread-safe.
 */
final class PluralOfficeLists {

  /** Plurals that stand for officials of several states: "counterparts", "peers". */
  private static final Set<String> PEERS = WordSets.of("counterparts", "peers");

  /** Words of the office between its head and the states: "of Trade and Industry". */
  private static final int MAX_PORTFOLIO = 5;

  private final MarkedTokens doc;
  private final NameReader names;

  PluralOfficeLists(MarkedTokens doc, NameReader names) {
    this.doc = doc;
    this.names = names;
  }

  /** Reads the list whose plural office ends at token {@code i}, if any. */
  void read(int i, List<OfficialCandidate> out) {
    String w = doc.lower(i);
    boolean peers = PEERS.contains(w);
    if (!peers && !isPluralHead(i)) {
      return;
    }
    // past the office's portfolio ("of Trade and Industry") to the "of" / "from" before a state
    int j = i + 1;
    int limit = Math.min(doc.size() - 1, i + MAX_PORTFOLIO + 1);
    while (j < limit && !(isOfOrFrom(j) && isState(j + 1)) && isPortfolioWord(j)) {
      j++;
    }
    if (j >= doc.size() - 1 || !isOfOrFrom(j) || !isState(j + 1)) {
      return;
    }
    String role = peers ? "counterpart" : roleText(i, j);
    List<OfficialCandidate> named = alternating(j + 1, i, role);
    if (named.size() < 2) {
      named = statesThenNames(j + 1, i, role);
    }
    if (named.size() >= 2) {
      out.addAll(named);
    }
  }

  /** "Chile, Ana Rojas, Peru, Luis Vega, and Bolivia, Eva Mora". */
  private List<OfficialCandidate> alternating(int k, int office, String role) {
    List<OfficialCandidate> named = new ArrayList<>();
    while (k < doc.size() && doc.sentence[k] == doc.sentence[office] && isState(k)) {
      String code = doc.actor[k];
      while (k < doc.size() && code.equals(doc.actor[k])) {
        k++;
      }
      if (k >= doc.size()) {
        break;
      }
      // "Chile, Ana Rojas" or, in agency style, "Chile Ana Rojas"
      boolean comma = doc.lowerIs(k, ",");
      if (!comma && (isState(k) || !doc.token(k).isCapitalised())) {
        break;
      }
      int from = names.skipHonorifics(comma ? k + 1 : k);
      int end = names.nameRun(from, false);
      if (end <= from || end - from < 2) {
        break;
      }
      named.add(OfficialCandidate.listed(from, end, code, office, role));
      k = skipSeparators(end);
    }
    return named;
  }

  /** "Kenya and Uganda, John Otieno and Grace Namata": as many names as states, in order. */
  private List<OfficialCandidate> statesThenNames(int k, int office, String role) {
    List<String> states = new ArrayList<>();
    while (k < doc.size() && doc.sentence[k] == doc.sentence[office] && isState(k)) {
      String code = doc.actor[k];
      while (k < doc.size() && code.equals(doc.actor[k])) {
        k++;
      }
      states.add(code);
      if (k < doc.size()
          && (doc.lowerIs(k, "and") || doc.lowerIs(k, ","))
          && k + 1 < doc.size()
          && isState(k + 1)) {
        k++;
      } else {
        break;
      }
    }
    if (states.size() < 2 || k >= doc.size() || !doc.lowerIs(k, ",")) {
      return List.of();
    }
    List<OfficialCandidate> named = new ArrayList<>();
    k++;
    while (named.size() < states.size() && k < doc.size()) {
      int from = names.skipHonorifics(k);
      int end = names.nameRun(from, false);
      if (end <= from || end - from < 2) {
        return List.of();
      }
      named.add(OfficialCandidate.listed(from, end, states.get(named.size()), office, role));
      k = skipSeparators(end);
    }
    return named.size() == states.size() ? named : List.of();
  }

  /** Past ",", ";" and "and" between pairs. */
  private int skipSeparators(int k) {
    while (k < doc.size()
        && (doc.lowerIs(k, ",") || doc.lowerIs(k, ";") || doc.lowerIs(k, "and"))) {
      k++;
    }
    return k;
  }

  private boolean isOfOrFrom(int k) {
    return doc.lowerIs(k, "of") || doc.lowerIs(k, "from");
  }

  private boolean isState(int k) {
    return k < doc.size() && doc.actor[k] != null && doc.stateActor[k];
  }

  /** "of Trade and Industry": the capitalised words and joins of a portfolio. */
  private boolean isPortfolioWord(int k) {
    String w = doc.lower(k);
    return w.equals("of")
        || w.equals("and")
        || w.equals("for")
        || w.equals("the")
        || doc.actor[k] == null && doc.token(k).isCapitalised() && !doc.isNameWord(k);
  }

  /**
   * "Ministers", "presidents": a plural whose singular is an office's head. Lower case too ("the
   * foreign ministers of"): the list is read only when states and names pair up after it.
   */
  private boolean isPluralHead(int i) {
    String w = doc.lower(i);
    return w.length() >= 4 && w.charAt(w.length() - 1) == 's' && doc.lex.isHeadPlural(w);
  }

  /** "Minister of Trade" of "Ministers of Trade of". */
  private String roleText(int plural, int of) {
    String head = doc.token(plural).text();
    StringBuilder role = new StringBuilder(head.substring(0, head.length() - 1));
    for (int k = plural + 1; k < of; k++) {
      role.append(' ').append(doc.token(k).text());
    }
    return role.toString();
  }
}
