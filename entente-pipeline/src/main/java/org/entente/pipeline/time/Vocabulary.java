package org.entente.pipeline.time;

import java.util.Collection;
import java.util.Locale;

/**
 * The words the grammar can use, looked up case-insensitively straight from the text without
 * allocating: an open-addressing hash table of lower-case strings. Every other token reads as
 * {@link #UNKNOWN}, which no rule matches, so the scanner can skip it at once. Immutable and
 * thread-safe.
 */
final class Vocabulary {

  /** The key of a token that no rule uses. */
  static final String UNKNOWN = "";

  private final String[] table;
  private final boolean[] starts;
  private final int mask;

  /**
   * A bit for each word of the table whose first and last characters are ASCII, at the {@link
   * #endsBit} of those characters and its length: a token whose lowered ends are ASCII and whose
   * bit is clear matches no word, and is answered without hashing it. Most tokens of running text
   * are such words ("parliament" for a table that holds "per", "past" and "weekend").
   */
  private final long[] ends = new long[ENDS_BITS / 64];

  private static final int ENDS_BITS = 1 << 15;

  /**
   * @param words every word a rule reads
   * @param starters those of {@code words} that can open an expression
   */
  Vocabulary(Collection<String> words, Collection<String> starters) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
    table = new String[cap];
    starts = new boolean[cap];
    mask = cap - 1;
    for (String w : words) {
      String k = w.toLowerCase(Locale.ROOT);
      if (k.isEmpty()) {
        continue;
      }
      int h = hash(k.toCharArray(), 0, k.length()) & mask;
      while (table[h] != null && !table[h].equals(k)) {
        h = (h + 1) & mask;
      }
      // The one shared instance of the word, the same as a literal in the grammar's code and as
      // the lists' keys (DateWords interns them too): a hit on either compares references.
      table[h] = k.intern();
      starts[h] = starters.contains(w);
      char first = k.charAt(0);
      char last = k.charAt(k.length() - 1);
      if (first < 0x80 && last < 0x80) {
        int b = endsBit(first, last, k.length());
        ends[b >>> 6] |= 1L << b;
      }
    }
  }

  private static int endsBit(char first, char last, int length) {
    return (first * 7919 + last * 61 + length) & (ENDS_BITS - 1);
  }

  /** The slot of the lower-case word for {@code text[start, end)}, or -1 when it is unknown. */
  int slot(char[] text, int start, int end) {
    // A match has the word's characters, lowered, at both ends and its length (equalsIgnoreCase).
    char first = lower(text[start]);
    char last = lower(text[end - 1]);
    if (first < 0x80 && last < 0x80) {
      int b = endsBit(first, last, end - start);
      if ((ends[b >>> 6] & (1L << b)) == 0) {
        return -1;
      }
    }
    int h = hash(text, start, end) & mask;
    for (String k; (k = table[h]) != null; h = (h + 1) & mask) {
      if (k.length() == end - start && equalsIgnoreCase(k, text, start)) {
        return h;
      }
    }
    return -1;
  }

  /** The word in {@code slot}, or {@link #UNKNOWN} for -1. */
  String key(int slot) {
    return slot < 0 ? UNKNOWN : table[slot];
  }

  /** Whether the word in {@code slot} can open an expression; false for -1. */
  boolean starts(int slot) {
    return slot >= 0 && starts[slot];
  }

  private static boolean equalsIgnoreCase(String k, char[] text, int start) {
    for (int i = 0; i < k.length(); i++) {
      if (lower(text[start + i]) != k.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, without the table lookup for ASCII. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  private static int hash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(s[i]);
    }
    return h ^ (h >>> 16);
  }
}
