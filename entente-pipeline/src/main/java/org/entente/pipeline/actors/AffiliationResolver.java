package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each proposed official an affiliation: the one the text states, else one carried over from
 * the same surname or the previous official of a list, else the best-scored actor that no other
 * official of the sentence stands for. Not thread-safe.
 */
final class AffiliationResolver {
  /** What separates the words of a role. */
  private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ -]");

  private final MarkedTokens doc;
  private final Offices offices;
  private final NameReader names;
  private final AffiliationScore scorer;
  private final SurnameCoreference keys;

  AffiliationResolver(
      MarkedTokens doc,
      Offices offices,
      NameReader names,
      AffiliationScore scorer,
      SurnameCoreference keys) {
    this.doc = doc;
    this.offices = offices;
    this.names = names;
    this.scorer = scorer;
    this.keys = keys;
  }

  void resolveAffiliations(List<OfficialCandidate> found) {
    found.sort((a, b) -> Integer.compare(a.nameFrom, b.nameFrom));
    Map<String, String> bySurname = new HashMap<>();
    for (OfficialCandidate c : found) {
      c.name = names.nameText(c);
      if (c.explicit) {
        bySurname.putIfAbsent(NameReader.surname(c.name), c.affiliation);
      }
    }
    // Possessors and later explicit mentions of the same surname.
    for (OfficialCandidate c : found) {
      if (!c.explicit && c.possessor != null && bySurname.containsKey(c.possessor)) {
        c.affiliation = bySurname.get(c.possessor);
        c.explicit = true;
      }
      if (!c.explicit && bySurname.containsKey(NameReader.surname(c.name))) {
        c.affiliation = bySurname.get(NameReader.surname(c.name));
        c.explicit = true;
      }
      if (!c.explicit && c.name.indexOf(' ') < 0) {
        for (OfficialCandidate o : found) {
          if (o.explicit && List.of(o.name.split(" ")).contains(c.name)) {
            c.affiliation = o.affiliation;
            c.explicit = true;
            break;
          }
        }
      }
    }
    // "The President was accompanied by the Minister of Foreign Affairs, Name": the same side.
    new Companions(doc).resolve(found);
    // "a Senegalese parliamentary delegation led by the President of the Senate, Name"
    for (OfficialCandidate c : found) {
      String side = c.explicit ? null : delegationLedBy(c.titleFrom);
      if (side != null) {
        c.affiliation = side;
        c.explicit = true;
      }
    }
    // An organisation's office ("Secretary-General", "High Representative") with no actor in
    // its title: the organisation the text names, else the office's own.
    for (OfficialCandidate c : found) {
      List<String> orgs =
          c.explicit ? List.of() : OrganisationOffices.defaults().organisationsOf(c.role);
      if (orgs.isEmpty()) {
        continue;
      }
      // "Commissioner for Trade" in a text about the AU: the AU's — the one named most
      String org = orgs.get(0);
      long most = 0;
      for (String o : orgs) {
        long n = doc.mentions.stream().filter(m -> m.code().equals(o)).count();
        if (n > most) {
          org = o;
          most = n;
        }
      }
      c.affiliation =
          doc.organisations.size() == 1 && !doc.organisations.contains(org) && orgs.size() == 1
              ? doc.organisations.iterator().next()
              : org;
      c.explicit = true;
    }
    // The companions and office holders just resolved name their other mentions too
    // ("the Commissioner for X, Ambassador Name … Commissioner Name").
    Map<String, String> resolved = new HashMap<>();
    for (OfficialCandidate c : found) {
      if (c.explicit && c.affiliation != null) {
        resolved.putIfAbsent(c.name, c.affiliation);
      }
    }
    for (OfficialCandidate c : found) {
      if (!c.explicit && resolved.containsKey(c.name)) {
        c.affiliation = resolved.get(c.name);
        c.explicit = true;
      }
    }
    // Lists: "Peruvian President Ana Rojas, Premier Luis Vega and Trade Minister Eva Soto".
    for (int x = 1; x < found.size(); x++) {
      OfficialCandidate c = found.get(x);
      OfficialCandidate prev = found.get(x - 1);
      if (c.affiliation == null
          && prev.affiliation != null
          && (prev.explicit || isSubjectList(prev))
          && joinedByList(prev.nameTo, c.titleFrom)
          && !clauseAfterComma(prev.nameTo, c)) {
        c.affiliation = prev.affiliation;
        c.explicit = true;
      }
    }
    // Last: the actor the document is most about, near the name, at the dateline — and not the
    // one another official of the same sentence stands for. Scored over all mentions of a person.
    // A title used bare that exists in one state only ("Secretary of State") also says whose
    // news this is.
    for (OfficialCandidate c : found) {
      if (c.affiliation != null && !c.explicit) {
        scorer.home.merge(c.affiliation, 3.0, Double::sum);
      }
    }
    int[] chain = chains(found);
    Map<String, Map<String, Double>> votes = new HashMap<>();
    for (OfficialCandidate c : found) {
      if (c.affiliation == null) {
        Map<String, Double> v =
            votes.computeIfAbsent(keys.personKey(c.name, found), k -> new HashMap<>());
        scorer.score(c, found, chain).forEach((code, x) -> v.merge(code, x, Double::sum));
      }
    }
    // A state has one head of state, one head of government, one foreign minister…: two
    // holders of one office with bare titles ("President Rojas", "President Vega") stand for
    // different states. The surest vote chooses first. Some titles are never a given state's
    // ("Foreign Secretary" is not American).
    Set<String> headTaken = new HashSet<>();
    Map<String, String> leader = new HashMap<>();
    Map<String, Set<String>> never = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (OfficialCandidate c : found) {
      String key = keys.personKey(c.name, found);
      String l = scorer.officeClass(c.role);
      if (l != null) {
        leader.putIfAbsent(key, l);
        if (c.affiliation != null) {
          headTaken.add(l + c.affiliation);
        }
      }
      if (c.role != null) {
        Set<String> no = never.computeIfAbsent(key, k -> new HashSet<>());
        no.addAll(offices.neverHeldFor(c.role));
        if (isMinister(c.role)) {
          no.addAll(doc.organisations); // ministers serve states, not doc.organisations
        }
      }
      firstSeen.putIfAbsent(key, c.nameFrom);
    }
    // "…the office of President Park in Seoul endorsed it. 'We agree,' said a spokesman, Lee":
    // a spokesperson speaks for the official named last, a quotation's few sentences before.
    Map<String, OfficialCandidate> speaksFor = new HashMap<>();
    for (int x = 1; x < found.size(); x++) {
      OfficialCandidate c = found.get(x);
      OfficialCandidate o = found.get(x - 1);
      if (c.affiliation == null
          && isSpokesperson(c.role)
          && doc.sentence[o.nameFrom] >= doc.sentence[c.nameFrom] - 3) {
        speaksFor.put(keys.personKey(c.name, found), o);
      }
    }
    Map<String, String> chosen = new HashMap<>();
    List<String> order = new ArrayList<>(votes.keySet());
    order.sort(
        (a, b) -> {
          int m = Double.compare(margin(votes.get(b)), margin(votes.get(a)));
          return m != 0 ? m : Integer.compare(firstSeen.get(a), firstSeen.get(b));
        });
    for (String key : order) {
      OfficialCandidate principal = speaksFor.get(key);
      if (principal != null) {
        String code =
            principal.affiliation != null
                ? principal.affiliation
                : chosen.get(keys.personKey(principal.name, found));
        if (code != null) {
          votes.get(key).merge(code, 6.0, Double::sum);
        }
      }
      String l = leader.get(key);
      String pick =
          votes.get(key).entrySet().stream()
              .filter(x -> x.getValue() > 0)
              .filter(x -> !never.getOrDefault(key, Set.of()).contains(x.getKey()))
              .filter(
                  x ->
                      l == null
                          || !headTaken.contains(l + x.getKey())
                          || scorer.described.getOrDefault(key, Set.of()).contains(x.getKey()))
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      if (pick == null) {
        continue;
      }
      chosen.put(key, pick);
      if (l != null) {
        headTaken.add(l + pick);
      }
      // The other side of the same sentence is not the chosen state: "talks between President
      // Anna Weber and Prime Minister Jonas Lind".
      for (OfficialCandidate c : found) {
        if (!keys.personKey(c.name, found).equals(key)) {
          continue;
        }
        for (OfficialCandidate o : found) {
          String ok = keys.personKey(o.name, found);
          if (!ok.equals(key)
              && votes.containsKey(ok)
              && !chosen.containsKey(ok)
              && doc.sentence[o.nameFrom] == doc.sentence[c.nameFrom]
              && chain[found.indexOf(c)] < 0
              && chain[found.indexOf(o)] == chain[found.indexOf(c)]) {
            votes.get(ok).merge(pick, -100.0, Double::sum);
          }
        }
      }
    }
    for (OfficialCandidate c : found) {
      if (c.affiliation == null) {
        c.affiliation = chosen.get(keys.personKey(c.name, found));
      }
    }
  }

  /** The most words of a title read before its first word ("Foreign and Trade"). */
  private static final int TITLE_LEFTOVER = 3;

  /** Verbs of leading a delegation: "led by", "headed by". */
  private static final Set<String> LED = Set.of("led", "headed", "chaired", "conducted");

  /**
   * The state of the delegation that the official whose title starts at {@code k} leads: "a
   * Senegalese delegation led by the Speaker, Name", "the delegation of Chile, headed by Name";
   * null when the title follows no such phrase.
   */
  private String delegationLedBy(int k) {
    int j = k - 1;
    if (j >= 0 && doc.lowerIs(j, "the")) {
      j--;
    }
    if (j < 1 || !doc.lowerIs(j, "by") || !LED.contains(doc.lower(j - 1))) {
      return null;
    }
    int led = j - 1;
    int comma = led - 1 >= 0 && doc.lowerIs(led - 1, ",") ? led - 1 : led;
    for (int d = comma - 1; d >= Math.max(0, comma - 6); d--) {
      if (doc.sentence[d] != doc.sentence[k]) {
        return null;
      }
      if (doc.lower(d).startsWith("delegation")) {
        for (int a = Math.max(0, d - 4); a < comma; a++) {
          if (doc.actor[a] != null && doc.stateActor[a] && doc.sentence[a] == doc.sentence[k]) {
            return doc.actor[a];
          }
        }
        return null;
      }
    }
    return null;
  }

  /** How far the best code leads the second: a sure vote is decided first. */
  private static double margin(Map<String, Double> v) {
    double first = 0;
    double second = 0;
    for (double x : v.values()) {
      if (x > first) {
        second = first;
        first = x;
      } else if (x > second) {
        second = x;
      }
    }
    return first - second;
  }

  /**
   * Numbers the lists of officials: "Vice President Ana Rojas, Foreign Minister Luis Vega and Trade
   * Minister Eva Soto" is one list, one side — unless it follows "between".
   */
  private int[] chains(List<OfficialCandidate> found) {
    int[] chain = new int[found.size()];
    int id = 0;
    for (int x = 0; x < found.size(); x++) {
      if (x > 0 && joinedByList(found.get(x - 1).nameTo, found.get(x).titleFrom)) {
        chain[x] = chain[x - 1];
        continue;
      }
      int before = found.get(x).titleFrom - 1;
      // "between Foreign and Trade Minister X and …": words of the title left before it
      for (int back = 0;
          back < TITLE_LEFTOVER
              && before > 0
              && (doc.lowerIs(before, "and") || doc.tokens.get(before).isCapitalised())
              && doc.sentence[before] == doc.sentence[found.get(x).titleFrom];
          back++) {
        before--;
      }
      boolean between = before >= 0 && doc.lowerIs(before, "between");
      chain[x] = between ? -1 - x : ++id;
    }
    return chain;
  }

  private static boolean isMinister(String role) {
    for (String w : SPACE_OR_HYPHEN.split(role.toLowerCase(Locale.ROOT))) {
      if (w.equals("minister")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpokesperson(String role) {
    if (role == null) {
      return false;
    }
    String r = role.toLowerCase(Locale.ROOT);
    return r.endsWith("spokesman") || r.endsWith("spokeswoman") || r.endsWith("spokesperson");
  }

  /**
   * "Vice President Ana Rojas and Foreign Minister Luis Vega met…": a list that opens its sentence
   * is one side; after "between", "by" or "with" it may be two.
   */
  private boolean isSubjectList(OfficialCandidate first) {
    int k = first.titleFrom;
    return k == 0 || doc.sentence[k - 1] != doc.sentence[k];
  }

  /**
   * "In the call with Minister A, Minister B welcomed …": a comma alone before an official whose
   * verb follows closes a fronted phrase; a list goes on with a comma or "and".
   */
  private boolean clauseAfterComma(int prevEnd, OfficialCandidate c) {
    if (c.titleFrom - prevEnd != 1 || !doc.lowerIs(prevEnd, ",")) {
      return false;
    }
    int next = c.nameTo;
    if (next >= doc.size()) {
      return false;
    }
    String w = doc.lower(next);
    return !(w.equals(",") || w.equals("and") || w.equals(".") || w.equals(";"))
        && doc.sentence[next] == doc.sentence[c.nameFrom]
        && !doc.token(next).isCapitalised();
  }

  private boolean joinedByList(int from, int to) {
    if (to - from >= 2 && doc.lowerIs(to - 1, "the") && doc.lowerIs(to - 2, ";")) {
      to--; // "…, Name; the Minister of Trade, Name2" (but "…, and the Minister"
      // may be the other side's, a co-signatory)
    }
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = doc.lower(k);
      if (!(w.equals(",") || w.equals("and") || w.equals(";"))) {
        return false;
      }
    }
    return true;
  }
}
