package org.entente.pipeline.actors;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.actors.TitleLexicon.WordClass;

/**
 * The patterns that tie a name to an actor without a title: a possessive actor before the name, a
 * government or institution called after a person, and people representing a state. Not
 * thread-safe.
 */
final class ActorNamePatterns {

  /** The last words of institutions that a text may call after their head. */
  private static final Set<String> DEPARTMENTS = Set.of("department", "ministry", "office");

  private final MarkedTokens doc;
  private final NameReader names;

  ActorNamePatterns(MarkedTokens doc, NameReader names) {
    this.doc = doc;
    this.names = names;
  }

  /** Pattern 4: "Peru's Ana Rojas". */
  void possessiveName(int i, List<OfficialCandidate> out) {
    if (doc.actor[i] == null || !doc.possessive[i] || i + 1 >= doc.size()) {
      return;
    }
    int j = i + 1;
    if (doc.isHead(j) || doc.cls[j] == WordClass.MODIFIER) {
      return; // a title follows: pattern 1 handles it
    }
    int nameEnd = names.nameRun(j, false);
    if (nameEnd <= j) {
      return;
    }
    OfficialCandidate c = new OfficialCandidate(j, nameEnd);
    c.affiliation = doc.actor[i];
    c.explicit = true;
    c.titleFrom = i;
    c.titleTo = i;
    out.add(c);
  }

  /**
   * Pattern 5: a government called after its leader — "the Ana Rojas administration" — or an
   * institution after its head — "the Mark Hollis State Department". A one-word name before
   * "government" is often a party ("the Labour government"), and "the Rojas administration" is a
   * period more than a person acting: both are left out.
   */
  void namedGovernment(int i, List<OfficialCandidate> out) {
    if (!doc.lowerIs(i, "the") || i + 1 >= doc.size()) {
      return;
    }
    int j = i + 1;
    int nameEnd = names.nameRun(j, false);
    if (nameEnd <= j || nameEnd - j > 3 || nameEnd >= doc.size() || doc.possessive[nameEnd - 1]) {
      return;
    }
    String w = doc.lower(nameEnd);
    // "the Mark Hollis State Department", but not "the Long-Term Credit Bank of Japan"
    boolean institution =
        doc.cls[nameEnd] == WordClass.INSTITUTION
            && doc.phraseStart[nameEnd] == nameEnd
            && DEPARTMENTS.contains(doc.lower(doc.phraseEnd[nameEnd] - 1));
    boolean government =
        nameEnd - j > 1
            && (w.equals("administration")
                || w.equals("regime")
                || w.equals("government")
                || w.equals("presidency"));
    if (!institution && !government) {
      return;
    }
    OfficialCandidate c = new OfficialCandidate(j, nameEnd);
    c.titleFrom = nameEnd;
    c.titleTo = institution ? doc.phraseEnd[nameEnd] : nameEnd + 1;
    if (institution) {
      c.affiliation = doc.clsAffiliation[nameEnd];
      c.explicit = true;
    }
    out.add(c);
  }

  /**
   * Pattern 6: "Chile will be represented by its trade envoy Ana Rojas and Luis Vega": the people
   * named after "represented by" act for the state named just before.
   */
  void representedBy(int i, List<OfficialCandidate> out) {
    if (!doc.lowerIs(i, "represented")
        || i + 2 >= doc.size()
        || !doc.lowerIs(i + 1, "by")
        || doc.sentence[i + 1] != doc.sentence[i]) {
      return;
    }
    String state = null;
    for (int k = i - 1; k >= Math.max(0, i - 6) && doc.sentence[k] == doc.sentence[i]; k--) {
      if (doc.actor[k] != null && doc.stateActor[k]) {
        state = doc.actor[k];
        break;
      }
    }
    if (state == null) {
      return;
    }
    for (int k = i + 2; k < doc.size() && doc.sentence[k] == doc.sentence[i]; k++) {
      if (!doc.isNameWord(k) || k > 0 && (doc.isHead(k - 1) || doc.isNameWord(k - 1))) {
        continue;
      }
      int end = names.nameRun(k, false);
      if (end <= k) {
        continue;
      }
      OfficialCandidate c = new OfficialCandidate(k, end);
      c.affiliation = state;
      c.explicit = true;
      c.titleFrom = k;
      c.titleTo = k;
      out.add(c);
      k = end - 1;
    }
  }
}
