package org.entente.pipeline.topics;

import java.util.Collection;

/**
 * A set of {@code int} hash codes that answers "maybe" or "certainly not" without allocating: an
 * open-addressing table. Since equal strings have equal hash codes, a string whose hash is not in
 * the filter is certainly not among the strings it was built from. Immutable and thread-safe.
 */
final class HashFilter {

  private final int[] table;
  private final boolean[] used;
  private final int mask;

  HashFilter(Collection<Integer> hashes) {
    int cap = Integer.highestOneBit(Math.max(16, hashes.size() * 4) - 1) << 1;
    table = new int[cap];
    used = new boolean[cap];
    mask = cap - 1;
    for (int h : hashes) {
      int slot = spread(h) & mask;
      while (used[slot] && table[slot] != h) {
        slot = (slot + 1) & mask;
      }
      table[slot] = h;
      used[slot] = true;
    }
  }

  /** False when no hash the filter was built from equals {@code hash}. */
  boolean mayContain(int hash) {
    for (int slot = spread(hash) & mask; used[slot]; slot = (slot + 1) & mask) {
      if (table[slot] == hash) {
        return true;
      }
    }
    return false;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
