package org.entente.pipeline.text;

import java.util.Collection;

/**
 * The hash codes of a set of words as 64 Ki bits, for lexicons asked about every token: a word
 * whose bit is clear is certainly not in the set, which most words of running text are not. The
 * bits take 8 KiB, so they stay in the first-level cache, where a lookup in a lexicon's hash map of
 * thousands of entries often waits for memory: the test costs a fraction of the lookup it saves.
 * Equal strings have equal hash codes, so the filter never says no to a word of the set. Immutable
 * and thread-safe.
 */
public final class WordFilter {

  private static final int LONGS = 1 << 10; // 64 bits each: 1 << 16 bits

  private final long[] bits = new long[LONGS];

  public WordFilter(Collection<String> words) {
    for (String w : words) {
      int h = spread(w.hashCode());
      bits[(h >>> 6) & (LONGS - 1)] |= 1L << h;
    }
  }

  /** False when {@code word} is certainly not one of the filter's words. */
  public boolean mayContain(String word) {
    int h = spread(word.hashCode());
    return (bits[(h >>> 6) & (LONGS - 1)] & (1L << h)) != 0;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
