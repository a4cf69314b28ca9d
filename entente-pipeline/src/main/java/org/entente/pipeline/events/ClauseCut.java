package org.entente.pipeline.events;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.events.CommitmentLexicon.Trigger;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Where an undertaking's clause ends when a coordinated clause with a subject of its own follows:
 * "the Latvian President will visit from 3 to 4 May and the Estonian president will visit from 10
 * to 12 May", "Chile will host the forum by 31 March, and Norway pledged to send two experts". The
 * first action stops at the conjunction, so each clause keeps its own subject, action and deadline.
 * So does one subject's second verb with a trigger of its own ("will hold talks and is expected to
 * sign"). Stateless.
 */
final class ClauseCut {

  private static final Set<String> CONJUNCTIONS = Set.of("and", "while", "whereas", "but", ";");
  private static final Set<String> SUBJECT_STARTS =
      Set.of("the", "he", "she", "they", "we", "it", "both", "each", "his", "her", "their", "its");

  /** How many tokens a coordinated subject may have ("the Ghanaian president"). */
  private static final int MAX_SUBJECT = 6;

  private ClauseCut() {}

  /**
   * The token before which the complement of trigger {@code i} must end: the conjunction that opens
   * the next trigger's clause, or the clause's length when there is none.
   */
  static int end(
      Clause c, List<PhraseTable.Match<Trigger>> matches, int i, CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    int from = matches.get(i).to();
    for (int j = i + 1; j < matches.size(); j++) {
      int next = matches.get(j).from();
      if (next <= from || matches.get(j).value().guard() == CommitmentLexicon.Guard.HEADLINE) {
        continue; // a headline's "to" opens no clause of its own mid-sentence ("from 4 to 5 May")
      }
      int k = next - 1;
      while (k > from
          && (lexicon.is(EventContext.lower(tokens.get(k)), WordClass.SKIP)
              || lexicon.is(EventContext.lower(tokens.get(k)), WordClass.BE))) {
        k--;
      }
      for (int conj = k; conj > from && conj >= k - MAX_SUBJECT; conj--) {
        String w = EventContext.lower(tokens.get(conj));
        if (CONJUNCTIONS.contains(w)) {
          if (conj == k || subjectStart(tokens.get(conj + 1), lexicon)) {
            // "will hold talks and is expected to sign": the second verb has its own trigger
            return tokens.get(conj - 1).text().equals(",") ? conj - 1 : conj;
          }
          break;
        }
        if (w.equals(",")) {
          break;
        }
      }
      return tokens.size();
    }
    return tokens.size();
  }

  private static boolean subjectStart(Token t, CommitmentLexicon lexicon) {
    String w = EventContext.lower(t);
    return SUBJECT_STARTS.contains(w)
        || t.isCapitalised() && lexicon.verbBase(w) == null
        || lexicon.is(w, WordClass.PRONOUN);
  }
}
