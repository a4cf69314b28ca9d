package org.entente.pipeline.lang.extract;

import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;

/**
 * Whether a hedge of the lexicon ("espère", "sería posible") governs an undertaking's trigger later
 * in its sentence: the last hedge before the trigger does, unless a relative clause set off by a
 * comma stands between them ("il espère que le pont, que la région financera, ..."): the verb of
 * that clause is told as a fact. Immutable and thread-safe.
 */
final class Hedges {

  /**
   * A relative clause set off by a comma ("…, bloque que Uruguay presidirá", "…, qui se tiendra"):
   * a hedge before it does not reach the verb inside it.
   */
  private static final java.util.regex.Pattern RELATIVE_CLAUSE =
      java.util.regex.Pattern.compile(
          ",\\s*(?:[\\p{L}'-]+\\s+){0,3}(?:que|qui|donde|ou|cuyo|cuya)\\s");

  private final Lexicon lexicon;

  Hedges(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether a hedge of the sentence from {@code from} on, before {@code trigger}, governs it. */
  boolean govern(LocalText lt, int from, int trigger) {
    int last = -1;
    for (PhraseList.Hit<String> h : lexicon.hedges().find(lt.folded, from, trigger)) {
      last = Math.max(last, h.end());
    }
    if (last < 0) {
      return false;
    }
    return !RELATIVE_CLAUSE.matcher(lt.folded.substring(last, trigger)).find();
  }
}
