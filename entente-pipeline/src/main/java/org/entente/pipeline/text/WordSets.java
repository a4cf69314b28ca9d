package org.entente.pipeline.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Small closed word lists that a stage asks about at every token. {@link Set#of} probes its slots
 * with {@code equals} and without hash codes, so a miss, which is most words of running text, costs
 * a string comparison per occupied slot it passes; a {@link WordSet} tests a bit of the cached hash
 * code first and most misses end there.
 */
public final class WordSets {

  private WordSets() {}

  /**
   * An unmodifiable hash set of {@code words}.
   *
   * @throws IllegalArgumentException when a word is given twice, as {@link Set#of} does
   */
  public static Set<String> of(String... words) {
    HashSet<String> set = new HashSet<>(Arrays.asList(words));
    if (set.size() != words.length || set.contains(null)) {
      throw new IllegalArgumentException("duplicate or null word in " + Arrays.toString(words));
    }
    return new WordSet(set);
  }

  /**
   * An unmodifiable set of {@code words}, as {@link #of} makes it. Its iteration order is that of a
   * fresh hash set of them, not necessarily that of {@code words}.
   */
  public static Set<String> copyOf(Collection<String> words) {
    return new WordSet(new HashSet<>(words));
  }
}
