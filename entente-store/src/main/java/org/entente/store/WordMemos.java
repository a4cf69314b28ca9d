package org.entente.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.identity.Words;

/**
 * Word sets of titles, actions and event texts, which the same records bring again and again,
 * remembered in bounded least-recently-used maps. Not thread-safe: owned by the ingest writer.
 */
final class WordMemos {

  private final FulfilmentScorer scorer;
  private final Map<String, Set<String>> words = lru(65_536);
  private final Map<String, Set<String>> content = lru(65_536);
  private final Map<String, Set<String>> stems = lru(16_384);

  WordMemos(FulfilmentScorer scorer) {
    this.scorer = scorer;
  }

  /** {@link Words#of} of a title or action. */
  Set<String> words(String s) {
    return words.computeIfAbsent(s, k -> Set.copyOf(Words.of(k)));
  }

  /** {@link FulfilmentScorer#content} of a commitment's action. */
  Set<String> content(String action) {
    return content.computeIfAbsent(action, k -> Set.copyOf(scorer.content(k)));
  }

  /** {@link Words#stems} of an event's name and evidence. */
  Set<String> stems(String text) {
    return stems.computeIfAbsent(text, k -> Set.copyOf(Words.stems(k)));
  }

  private static <K, V> Map<K, V> lru(int max) {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
