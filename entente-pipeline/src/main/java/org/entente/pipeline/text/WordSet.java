package org.entente.pipeline.text;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set of words for a closed list asked about at every token ("is", "are", "was"): a
 * hash set behind a few bits of the words' hash codes. Most words of running text are not in the
 * list, and a word whose bit is clear is answered from the string's cached hash code, without the
 * calls of a hash set's lookup (its wrapper, the map, the key's hashCode and equals through a
 * dispatch table under the launcher's client compiler). Iterates as the hash set it holds does.
 * Immutable and thread-safe.
 */
final class WordSet extends AbstractSet<String> {

  private final Set<String> words;

  /** One bit per hash value modulo the bit count: about sixteen bits per word. */
  private final long[] bits;

  private final int mask;

  /** The set of {@code set}, which it keeps: the caller must not change it afterwards. */
  WordSet(HashSet<String> set) {
    this.words = Collections.unmodifiableSet(set);
    int size = Integer.highestOneBit(Math.max(64, set.size() * 16) - 1) << 1;
    this.bits = new long[size / 64];
    this.mask = size - 1;
    for (String w : set) {
      int h = spread(w.hashCode()) & mask;
      bits[h >>> 6] |= 1L << h;
    }
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String w)) {
      return false;
    }
    int h = spread(w.hashCode()) & mask;
    return (bits[h >>> 6] & (1L << h)) != 0 && words.contains(w);
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
