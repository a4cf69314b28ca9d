package org.entente.pipeline.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.lang.NewsAgencies;

/**
 * Scores the actors that an official with no stated affiliation may stand for: the actors the
 * document is most about, its home (dateline, seats of government) and the hints around the
 * official's name. Not thread-safe.
 */
final class AffiliationScore {

  /** State bodies whose actor ("Vietnam's parliament") tells whose officials a sentence names. */
  private static final Set<String> BODIES =
      Set.of(
          "parliament",
          "government",
          "cabinet",
          "politburo",
          "congress",
          "senate",
          "ministry",
          "presidency",
          "legislature",
          "assembly",
          "leadership",
          "regime",
          "authorities");

  /** The weight of a state news agency's tag for its state as the text's home. */
  private static final double AGENCY_WEIGHT = 4.0;

  /** The weight of a visit's destination for an official whom a host cue names. */
  private static final double HOST_WEIGHT = 8.0;

  private final MarkedTokens doc;
  private final Offices offices;
  private final SurnameCoreference keys;
  private final TravelClauses travel;
  private final ActorAnaphora anaphora;

  /** How much the document is about each actor, by its mentions. */
  private final Map<String, Double> salience = new HashMap<>();

  private final String datelineCountry;

  /** The first token after the dateline ("CAIRO, March 16 -"), or -1 without one. */
  private final int datelineEnd;

  /** Whose news this is: the dateline's state and bare seats of government, by weight. */
  final Map<String, Double> home = new HashMap<>();

  /** Per person, the actors that the text describes them by ("Saudi monarchs"). */
  final Map<String, Set<String>> described = new HashMap<>();

  AffiliationScore(MarkedTokens doc, Offices offices, SurnameCoreference keys, String publisher) {
    this.doc = doc;
    this.offices = offices;
    this.keys = keys;
    this.travel = new TravelClauses(doc);
    this.anaphora = new ActorAnaphora(doc);
    computeSalience(doc.mentions);
    DatelineReader.Dateline dateline = DatelineReader.read(doc.text, doc.tokens);
    datelineCountry = dateline == null ? null : dateline.country();
    datelineEnd = dateline == null ? -1 : dateline.bodyToken();
    computeHome(doc.mentions);
    if (publisher != null) {
      // the site a text was published on: a dateline's cue, a little weaker
      home.merge(publisher, 5.0, Double::sum);
    }
    // a state news agency's tag ("… (Yonhap)", a last line "-- BERNAMA"): whose news it is
    for (String agency : NewsAgencies.tags(doc.text).keySet()) {
      home.merge(agency, AGENCY_WEIGHT, Double::sum);
    }
  }

  private void computeHome(List<ActorMention> mentions) {
    if (datelineCountry != null) {
      home.merge(datelineCountry, 6.0, Double::sum);
    }
    for (ActorMention m : mentions) {
      if (m.how() == ActorMention.How.CAPITAL && isSeat(m)) {
        home.merge(m.code(), 2.0, Double::sum);
      }
    }
    for (int k = 0; k < doc.size(); k++) {
      if (isNamedInstitution(k)) {
        home.merge(doc.clsAffiliation[k], 2.0, Double::sum);
      }
    }
  }

  /**
   * "the State Department", "the Foreign Office": a state's body named by its own name, capitals
   * and all; "the foreign office said" in a Kenyan text is its own ministry, not Britain's.
   */
  private boolean isNamedInstitution(int k) {
    return doc.cls[k] == WordClass.INSTITUTION
        && doc.phraseStart[k] == k
        && doc.actor[k] == null
        && doc.token(k).isCapitalised();
  }

  /** "the White House", "the Kremlin": a seat of government, not a city. */
  private boolean isSeat(ActorMention m) {
    String s = doc.text.substring(m.span().start(), m.span().end());
    return Gazetteer.defaults().city(s).isEmpty();
  }

  private void computeSalience(List<ActorMention> mentions) {
    int headlineEnd = doc.text.indexOf("\n\n");
    int firstLineEnd = headlineEnd < 0 || headlineEnd > 300 ? -1 : headlineEnd;
    for (ActorMention m : mentions) {
      double w = m.span().start() < firstLineEnd ? 2.0 : 1.0;
      if (m.how() == ActorMention.How.CAPITAL) {
        w *= 1.5; // "the White House", "the Kremlin": a government acting, not a place talked
        // about
      }
      salience.merge(m.code(), w, Double::sum);
    }
    // Unqualified state bodies ("the State Department", "Congress") tell whose news this is.
    for (int k = 0; k < doc.size(); k++) {
      if (isNamedInstitution(k)) {
        salience.merge(doc.clsAffiliation[k], 1.5, Double::sum);
      }
    }
  }

  /** The single-holder office a role names, as a key prefix ("foreign:"), or null. */
  String officeClass(String role) {
    String office = role == null ? null : offices.officeOf(role);
    return office == null ? null : office + ":";
  }

  /** "state:" for a head of state, "government:" for a head of government, else null. */
  private String leaderClass(String role) {
    String office = officeClass(role);
    return "state:".equals(office) || "government:".equals(office) ? office : null;
  }

  /** Words that place talks in a capital: "in Jakarta", "to Jakarta". */
  private static final Set<String> LOCATIVE = Set.of("in", "to", "at");

  Map<String, Double> score(OfficialCandidate c, List<OfficialCandidate> found, int[] chain) {
    Map<String, Double> s = new HashMap<>(salience);
    // Whose news this is: a dateline, and bare seats of government ("the White House", "the
    // Kremlin", "Congress") — a text names its own government without saying whose it is.
    home.forEach((code, x) -> s.merge(code, x, Double::sum));
    // "President Ana Rojas in Lima", "Queen Ana of Tonga": an actor right after the
    // name.
    for (int k = c.nameTo; k < Math.min(doc.size(), c.nameTo + 3); k++) {
      if (doc.actor[k] != null) {
        s.merge(doc.actor[k], 3.0, Double::sum);
        break;
      }
    }
    for (int k = c.titleFrom - 1;
        k >= 0 && k >= datelineEnd && doc.sentence[k] == doc.sentence[c.nameFrom];
        k--) {
      if (doc.actor[k] != null) {
        // the nearest state named before: a weak hint, stronger when it opens the sentence;
        // the dateline counts once, as the text's home
        boolean opens =
            k == 0
                || doc.sentence[k - 1] != doc.sentence[k]
                || k == 1 && doc.lowerIs(0, "the")
                || k > 1 && doc.sentence[k - 2] != doc.sentence[k] && (doc.lowerIs(k - 1, "the"));
        s.merge(doc.actor[k], opens ? 6.0 : 2.0, Double::sum);
        break;
      }
    }
    // "…a flood in Lima. President Ana Rojas said": the state named just
    // before, across a sentence end, is a weak hint (a tie-breaker more than a vote).
    for (int k = c.titleFrom - 1; k >= Math.max(0, c.titleFrom - 6); k--) {
      if (doc.actor[k] != null) {
        if (doc.sentence[k] != doc.sentence[c.nameFrom] && doc.stateActor[k]) {
          s.merge(doc.actor[k], 2.0, Double::sum);
        }
        break;
      }
    }
    // "Trade Minister X, who flies to Lima on Friday": a traveller is a guest there.
    for (String abroad : travel.travelsTo(c.nameTo)) {
      s.merge(abroad, -6.0, Double::sum);
    }
    // "the Prime Minister met his Fiji and Vanuatu counterparts", "X called her Japanese
    // counterpart": the
    // states that qualify someone's counterparts are not the official's own.
    for (String other : counterpartStates(c.nameTo)) {
      s.merge(other, -20.0, Double::sum);
    }
    // "…said on his return to Lima": an official goes home.
    String home = travel.returnedTo(c.nameTo);
    if (home != null) {
      s.merge(home, 8.0, Double::sum);
    }
    // "the country's leader, Kim", "the bloc's foreign policy chief": the actor of that kind
    // last named, within the sentence or the one before.
    String anaphor = c.titleFrom > 0 ? anaphora.anaphoricActor(c.titleFrom - 1) : null;
    if (anaphor == null && c.titleFrom > 0) {
      anaphor = anaphora.itsActor(c.titleFrom - 1);
    }
    if (anaphor != null) {
      s.merge(anaphor, 10.0, Double::sum);
    }
    // "Peru's congress dismissed Prime Minister X": a state's body acting on its officials;
    // "two tours by Omani sultans. Sultan Hamad visited…": the officials just described.
    for (int k = c.titleFrom - 1;
        k >= 0 && doc.sentence[k] >= doc.sentence[c.nameFrom] - 1 && c.titleFrom - k < 60;
        k--) {
      if (doc.actor[k] != null
          && k + 1 < doc.size()
          && (BODIES.contains(doc.lower(k + 1))
              || doc.possessive[k] && bodyAfter(k + 1, c.titleFrom)
              || sameOffice(k + 1, c) && !inOtherTitle(found, c, k + 1))) {
        s.merge(doc.actor[k], 8.0, Double::sum);
        described
            .computeIfAbsent(keys.personKey(c.name, found), x -> new HashSet<>())
            .add(doc.actor[k]);
        break;
      }
    }
    // "During her visit, the minister will call on President X": a visitor's host is of the
    // state the visit goes to
    if (hostCue(c, found)) {
      String visited = travel.destinationBefore(c.titleFrom);
      if (visited != null) {
        s.merge(visited, HOST_WEIGHT, Double::sum);
      }
    }
    String host = hostOfSentence(c, found);
    if (host != null) {
      s.merge(host, 6.0, Double::sum);
    }
    for (OfficialCandidate o : found) {
      if (o != c
          && o.affiliation != null
          && doc.sentence[o.nameFrom] == doc.sentence[c.nameFrom]
          && (chain[found.indexOf(o)] != chain[found.indexOf(c)] || chain[found.indexOf(c)] < 0)) {
        // "talks between Minister A and the Peruvian Minister B": the two sides differ
        boolean between =
            chain[found.indexOf(c)] < 0 && chain[found.indexOf(o)] == chain[found.indexOf(c)];
        s.merge(o.affiliation, between ? -100.0 : -4.0, Double::sum);
      }
    }
    // Anonymous officials of the same sentence ("the Saudi leader") stand for their actor too.
    for (int k = 0; k + 1 < doc.size(); k++) {
      if (doc.sentence[k] == doc.sentence[c.nameFrom]
          && doc.actor[k] != null
          && !doc.possessive[k]
          && doc.isHead(k + 1)
          && !doc.lower(k + 1).endsWith("s")
          && k > 0
          && (doc.lowerIs(k - 1, "the") || doc.lowerIs(k - 1, "a"))
          && (k + 2 >= doc.size()
              || !doc.token(k + 2).isCapitalised()
                  && !doc.lowerIs(k + 2, "to")
                  && !doc.lowerIs(k + 2, "of"))) {
        s.merge(doc.actor[k], -100.0, Double::sum);
      }
    }
    return s;
  }

  /**
   * Whether a host cue stands before the title of {@code c} ("will call on President X"), or before
   * the first of the list of officials that {@code c} closes ("will meet Prime Minister X, Deputy
   * Prime Minister Y, and Minister Z").
   */
  private boolean hostCue(OfficialCandidate c, List<OfficialCandidate> found) {
    if (travel.hostCueBefore(c.titleFrom)) {
      return true;
    }
    int j = c.titleFrom - 1;
    if (j >= 0 && doc.lowerIs(j, "the")) {
      j--;
    }
    if (j >= 0 && doc.lowerIs(j, "and")) {
      j--;
    }
    if (j < 0 || !doc.lowerIs(j, ",") && !doc.lowerIs(j + 1, "and")) {
      return false;
    }
    int nameEnd = doc.lowerIs(j, ",") ? j : j + 1;
    for (OfficialCandidate o : found) {
      if (o != c && o.nameTo == nameEnd && o.titleFrom < c.titleFrom) {
        return hostCue(o, found);
      }
    }
    return false;
  }

  /**
   * The states that qualify the counterparts of the official named before {@code k}, later in the
   * sentence: "met his Fiji and Vanuatu counterparts", "spoke with her Japanese counterpart", "with
   * his counterpart from Peru". Empty if none.
   */
  private Set<String> counterpartStates(int k) {
    Set<String> out = new HashSet<>();
    int end = Math.min(doc.size(), k + 16);
    for (int j = k; j < end && doc.sentence[j] == doc.sentence[k]; j++) {
      if (!doc.lower(j).startsWith("counterpart")) {
        continue;
      }
      // the states listed right before: "his Fiji and Vanuatu counterparts"
      for (int i = j - 1; i >= k && i >= j - 6; i--) {
        String w = doc.lower(i);
        if (doc.actor[i] != null && doc.stateActor[i]) {
          out.add(doc.actor[i]);
        } else if (!(w.equals("and") || w.equals(",") || w.equals("'s"))) {
          break;
        }
      }
      // or after "from" / "of": "his counterpart from Peru"
      if (j + 2 < doc.size()
          && (doc.lowerIs(j + 1, "from") || doc.lowerIs(j + 1, "of"))
          && doc.actor[j + 2] != null
          && doc.stateActor[j + 2]) {
        out.add(doc.actor[j + 2]);
      }
      break; // the first counterparts named are this official's
    }
    return out;
  }

  /**
   * "In Port Vila, the minister was received by the Prime Minister, Name", "will travel to Jakarta
   * to meet President Name": the state of a capital that the sentence places its talks in, when
   * another official of the sentence stands for another state (the visitor) — the host, whose
   * official the bare title names. Null when the sentence has no such place or no visitor.
   */
  private String hostOfSentence(OfficialCandidate c, List<OfficialCandidate> found) {
    int sentence = doc.sentence[c.nameFrom];
    String place = null;
    int first = c.nameFrom;
    while (first > Math.max(1, datelineEnd) && doc.sentence[first - 1] == sentence) {
      first--;
    }
    for (int k = Math.max(first, 1); k < c.titleFrom; k++) {
      if (doc.capitalActor[k]
          && !doc.capitalActor[k - 1]
          && LOCATIVE.contains(doc.lower(k - 1))
          && !inTitle(found, k)
          && !inRelativeClause(first, k)) {
        place = doc.actor[k];
        break;
      }
    }
    if (place == null) {
      // "Minister X, on a visit to Ghana, was received by the Prime Minister, Y": the state a
      // visitor named before in the sentence travels to
      for (OfficialCandidate o : found) {
        if (o != c && o.nameTo <= c.titleFrom && doc.sentence[o.nameFrom] == sentence) {
          List<String> to = travel.onVisitTo(o.nameTo);
          if (to.size() == 1 && !to.get(0).equals(o.affiliation)) {
            return to.get(0);
          }
        }
      }
      return null;
    }
    boolean visitor = false;
    for (OfficialCandidate o : found) {
      if (o == c || o.affiliation == null || !o.explicit) {
        continue;
      }
      // named in the sentence, in full or by surname ("During her stay in Nairobi, Holm …")
      boolean here = doc.sentence[o.nameFrom] == sentence;
      String surname = NameReader.surname(o.name);
      for (int k = first; !here && k < c.titleFrom; k++) {
        here = doc.token(k).text().equals(surname);
      }
      if (here) {
        if (o.affiliation.equals(place)) {
          return null; // the host is named: the bare title may be the guest
        }
        visitor = true;
      }
    }
    return visitor ? place : null;
  }

  /** "ambassador to Moscow": token {@code k} is in an official's title. */
  private static boolean inTitle(List<OfficialCandidate> found, int k) {
    for (OfficialCandidate o : found) {
      if (o.titleFrom <= k && k < o.titleTo) {
        return true;
      }
    }
    return false;
  }

  /** "X, who flies to Moscow on Tuesday, met …": token {@code k} is in a relative clause. */
  private boolean inRelativeClause(int from, int k) {
    for (int j = k - 1; j >= from && !doc.lowerIs(j, ","); j--) {
      if (doc.lowerIs(j, "who") || doc.lowerIs(j, "which")) {
        return true;
      }
    }
    return false;
  }

  /** "Polish President Andrzej Duda": token {@code k} is in another official's own title. */
  private static boolean inOtherTitle(List<OfficialCandidate> found, OfficialCandidate c, int k) {
    for (OfficialCandidate o : found) {
      if (o != c && o.titleFrom <= k && k < Math.max(o.titleTo, o.nameFrom)) {
        return true;
      }
    }
    return false;
  }

  /** "Japan's Defense Ministry": a state body after at most two capitalised words. */
  private boolean bodyAfter(int k, int limit) {
    for (int j = k; j < Math.min(limit, k + 3); j++) {
      if (BODIES.contains(doc.lower(j))) {
        return true;
      }
      if (!doc.token(j).isCapitalised() || doc.actor[j] != null) {
        return false;
      }
    }
    return false;
  }

  /** "Omani sultans" for "Sultan Hamad", "the Chilean president" for "President Rojas". */
  private boolean sameOffice(int k, OfficialCandidate c) {
    if (c.role == null || !doc.isHead(k)) {
      return false;
    }
    String w = doc.lower(k);
    String head = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    String role = c.role.toLowerCase(Locale.ROOT);
    return role.endsWith(head)
        || head.equals("monarch") && (role.endsWith("king") || role.endsWith("queen"))
        || head.equals("leader") && leaderClass(c.role) != null;
  }
}
