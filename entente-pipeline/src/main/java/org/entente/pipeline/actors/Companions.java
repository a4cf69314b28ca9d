package org.entente.pipeline.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An official who accompanies another serves the same side: "The Chilean President is accompanied
 * by the Minister of Foreign Affairs, Ana Rojas", "The President was accompanied by Hon. Luis Vega,
 * Minister for Foreign Affairs". The side is the actor named before "accompanied" in its sentence
 * ("The Chilean President"), else the last official before whose office is the word there ("The
 * President"). Stateless apart from the document it reads; not thread-safe.
 */
final class Companions {

  /** Words that may stand between "accompanied by" and the companion's title or name. */
  private static final Set<String> BETWEEN =
      Set.of(
          "the", "his", "her", "their", "its", "hon", "hon.", "h.e.", "mr.", "mrs.", "ms.", "dr.",
          ".", "mr", "mrs", "ms", "dr", "h.e");

  /** How many words before "accompanied" its subject may begin. */
  private static final int SUBJECT_REACH = 8;

  private final MarkedTokens doc;

  Companions(MarkedTokens doc) {
    this.doc = doc;
  }

  /** Gives each companion with no stated affiliation the side of the official it accompanies. */
  void resolve(List<OfficialCandidate> found) {
    for (OfficialCandidate c : found) {
      if (c.explicit) {
        continue;
      }
      int by = byBefore(Math.min(c.nameFrom, c.titleFrom));
      if (by < 1 || !doc.lower(by - 1).startsWith("accompan")) {
        continue;
      }
      String side = subjectSide(by - 1, found, c);
      if (side != null) {
        c.affiliation = side;
        c.explicit = true;
      }
    }
  }

  /** The index of "by" before {@code k} past the words that may stand between, or -1. */
  private int byBefore(int k) {
    int j = k - 1;
    while (j >= 0 && BETWEEN.contains(doc.lower(j))) {
      j--;
    }
    return j >= 0 && doc.lowerIs(j, "by") ? j : -1;
  }

  private String subjectSide(int verb, List<OfficialCandidate> found, OfficialCandidate c) {
    String head = null;
    for (int k = verb - 1; k >= 0 && verb - k <= SUBJECT_REACH; k--) {
      if (doc.sentence[k] != doc.sentence[verb]) {
        break;
      }
      if (doc.actor[k] != null) {
        return doc.actor[k]; // "The Chilean President is accompanied by"
      }
      if (head == null && doc.isHead(k)) {
        head = doc.lower(k);
      }
    }
    if (head == null) {
      return null;
    }
    OfficialCandidate last = null;
    for (OfficialCandidate o : found) {
      if (o != c
          && o.explicit
          && o.affiliation != null
          && o.nameFrom < verb
          && o.role != null
          && o.role.toLowerCase(Locale.ROOT).contains(head)) {
        last = o; // "The President": the last president named before
      }
    }
    return last == null ? null : last.affiliation;
  }
}
