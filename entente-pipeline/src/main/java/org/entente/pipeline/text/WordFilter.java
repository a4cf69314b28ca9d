package org.entente.pipeline.text;

import java.util.Collection;

/**
 * The hash codes of a set of words as a table of bits, for lexicons asked about every token: a word
 * whose bit is clear is certainly not in the set, which most words of running text are not. The
 * table has about 32 bits per word (from 1 Ki bits to 64 Ki bits, 8 KiB): a token asks several
 * lexicons in turn, and tables this small stay together in the first-level cache, where a lookup in
 * a lexicon's hash map often waits for memory; a word outside the set passes with a chance of about
 * one in 32. Equal strings have equal hash codes, so the filter never says no to a word of the set.
 * Immutable and thread-safe.
 */
public final class WordFilter {

  private static final int MAX_LONGS = 1 << 10; // 64 bits each: 1 << 16 bits

  /** At least 1 Ki bits: a list of a few words keeps its false positives rare. */
  private static final int MIN_LONGS = 1 << 4;

  private final long[] bits;

  /** {@code bits.length - 1}: a power of two less one. */
  private final int mask;

  public WordFilter(Collection<String> words) {
    int wanted = Math.max(MIN_LONGS, words.size() * 32 / 64);
    int longs = Integer.highestOneBit(wanted);
    if (longs < wanted) {
      longs <<= 1;
    }
    this.bits = new long[Math.min(MAX_LONGS, longs)];
    this.mask = bits.length - 1;
    for (String w : words) {
      int h = spread(w.hashCode());
      bits[(h >>> 6) & mask] |= 1L << h;
    }
  }

  /** False when {@code word} is certainly not one of the filter's words. */
  public boolean mayContain(String word) {
    int h = spread(word.hashCode());
    return (bits[(h >>> 6) & mask] & (1L << h)) != 0;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
