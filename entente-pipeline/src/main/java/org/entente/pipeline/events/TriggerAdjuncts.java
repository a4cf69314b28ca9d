package org.entente.pipeline.events;

import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * What may stand between a trigger and the "to" of its verb besides time words and adverbs: an
 * aside between commas ("agreed, as a first step, to"). A short adjunct without commas ("agreed in
 * Lima to", "reached an agreement with X to") is left out: measured on the study sets, it reads
 * more agreements and domestic arrangements as undertakings than it finds. Stateless.
 */
final class TriggerAdjuncts {

  /** The most tokens of an aside between its commas. */
  private static final int MAX_ASIDE = 8;

  private TriggerAdjuncts() {}

  /**
   * The token of the "to" that follows an aside between commas starting at {@code k}, or {@code k}
   * when none stands there.
   */
  static int past(Clause c, int k) {
    FrozenList<Token> tokens = c.tokens();
    if (k >= tokens.size() || !EventContext.lower(tokens.get(k)).equals(",")) {
      return k;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + MAX_ASIDE; j++) {
      Token t = tokens.get(j);
      String w = EventContext.lower(t);
      if (w.equals(",")) {
        return j + 1 < tokens.size() && EventContext.lower(tokens.get(j + 1)).equals("to")
            ? j + 1
            : k;
      }
      if (t.type() == Token.Type.PUNCTUATION || w.equals("to") || w.equals("that")) {
        return k;
      }
    }
    return k;
  }
}
