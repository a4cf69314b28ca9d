package org.entente.spark.merge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merged records of one group by the {@link org.entente.store.identity.Words words} of their
 * names or actions, so that a new record is compared only with the records that share a word with
 * it. The ledger's name and action rules ({@code RecordKeys.sameAgreement}, {@code sameAction})
 * never call two word sets without a common word the same, so the records skipped are exactly the
 * ones no rule would match, and the candidates come in the order the records were added: the first
 * match is the one a full scan finds. Owned by one merge task.
 */
final class WordIndex {

  private final List<Set<String>> words = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();

  /** Adds the record at position {@link #size()} with the words of its name or action. */
  void add(Set<String> recordWords) {
    int position = words.size();
    words.add(recordWords);
    for (String w : recordWords) {
      postings.computeIfAbsent(w, k -> new ArrayList<>()).add(position);
    }
  }

  int size() {
    return words.size();
  }

  /** The words of the record at {@code position}. */
  Set<String> words(int position) {
    return words.get(position);
  }

  /** Positions of the records sharing at least one of {@code query}, ascending. */
  BitSet sharing(Set<String> query) {
    BitSet out = new BitSet(words.size());
    for (String w : query) {
      List<Integer> p = postings.get(w);
      if (p != null) {
        for (int position : p) {
          out.set(position);
        }
      }
    }
    return out;
  }
}
