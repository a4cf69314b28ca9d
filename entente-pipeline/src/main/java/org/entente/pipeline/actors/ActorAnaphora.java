package org.entente.pipeline.actors;

import java.util.Map;
import org.entente.pipeline.text.Token;

/**
 * Resolves the words that stand for an actor named before ("the country's", "the bloc's", "its") to
 * that actor. Not thread-safe.
 */
final class ActorAnaphora {

  /** Nouns that stand for an actor named before: true for a state, false for an organisation. */
  private static final Map<String, Boolean> ANAPHORS =
      Map.ofEntries(
          Map.entry("country", true),
          Map.entry("nation", true),
          Map.entry("kingdom", true),
          Map.entry("republic", true),
          Map.entry("island", true),
          Map.entry("state", true),
          Map.entry("organisation", false),
          Map.entry("organization", false),
          Map.entry("bloc", false),
          Map.entry("alliance", false),
          Map.entry("union", false),
          Map.entry("agency", false));

  private final MarkedTokens doc;

  ActorAnaphora(MarkedTokens doc) {
    this.doc = doc;
  }

  /**
   * The actor that a possessive noun at {@code k} stands for: "the country's" and "the nation's"
   * name the state last mentioned, "the organisation's" and "the bloc's" the organisation last
   * mentioned, in the same sentence or the one before. Null when {@code k} is no such noun.
   */
  String anaphoricActor(int k) {
    if (!doc.possessive[k] || k == 0 || doc.actor[k] != null) {
      return null;
    }
    Boolean state = ANAPHORS.get(MarkedTokens.stripPossessive(doc.lower(k)));
    if (state == null) {
      return null;
    }
    boolean definite = false;
    for (int d = k - 1; d >= Math.max(0, k - 3) && doc.sentence[d] == doc.sentence[k]; d--) {
      if (doc.lowerIs(d, "the")) {
        definite = true;
        break;
      }
    }
    if (!definite) {
      return null;
    }
    for (int j = k - 1; j >= 0 && doc.sentence[j] >= doc.sentence[k] - 1; j--) {
      // "the U.S. military" uses a name as an adjective: no antecedent for "the country".
      boolean adjective =
          j + 1 < doc.size()
              && doc.actor[j + 1] == null
              && doc.token(j + 1).type() == Token.Type.WORD
              && !doc.token(j + 1).isCapitalised();
      if (doc.actor[j] != null && doc.stateActor[j] == state && !adjective && !doc.possessive[j]) {
        return doc.actor[j];
      }
    }
    return null;
  }

  /**
   * "Peru is no member of the forum, but its president, Name": the state last named before "its" in
   * the sentence or the one before. Null when {@code k} is not "its" or none is named.
   */
  String itsActor(int k) {
    if (!doc.lowerIs(k, "its")) {
      return null;
    }
    for (int j = k - 1; j >= 0 && doc.sentence[j] >= doc.sentence[k] - 1; j--) {
      if (doc.actor[j] != null && doc.stateActor[j] && !doc.possessive[j]) {
        return doc.actor[j];
      }
    }
    return null;
  }
}
