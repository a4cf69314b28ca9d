package org.entente.pipeline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A character trie over {@link Folding folded} keys, walked from word starts only: for whole-word
 * gazetteer matching this gives leftmost-longest matches in one pass, in time linear in the text
 * times the depth of the longest key that a word shares a prefix with. Immutable and thread-safe
 * once built.
 *
 * <p>Nodes are stored in flat arrays: node {@code n}'s edges are {@code labels[first[n] .. first[n
 * + 1])}, sorted, with their targets in {@code targets}; {@code values[n]} holds the entries whose
 * key ends at {@code n}, in insertion order.
 *
 * @param <V> the entry type
 */
final class WordTrie<V> {

  /** A match found by {@link #longestAt}. */
  record Hit<V>(int start, int end, V value) {}

  private final char[] labels;
  private final int[] targets;
  private final int[] first;
  private final List<V>[] values;

  /**
   * The root's children by ASCII character (-1 for none): every walk starts at the root, whose
   * edges are the most numerous, so its step is a table lookup instead of a binary search.
   */
  private final int[] rootByAscii = new int[0x80];

  /**
   * The children by ASCII character of the root's children, and of their children that have several
   * (null for other nodes): most walks take their second step too (a word's first two letters start
   * some key) and often a third, each then a table lookup instead of a binary search.
   */
  private final int[][] secondByAscii;

  /** A node of the third level with at least this many children gets a table too. */
  private static final int TABLE_MIN_CHILDREN = 3;

  private WordTrie(char[] labels, int[] targets, int[] first, List<V>[] values) {
    this.labels = labels;
    this.targets = targets;
    this.first = first;
    this.values = values;
    this.secondByAscii = new int[values.length][];
    for (char c = 0; c < rootByAscii.length; c++) {
      rootByAscii[c] = search(0, c);
    }
    for (int e = first[0]; e < first[1]; e++) {
      int node = targets[e];
      int[] table = new int[0x80];
      for (char c = 0; c < table.length; c++) {
        table[c] = search(node, c);
      }
      secondByAscii[node] = table;
      for (int f = first[node]; f < first[node + 1]; f++) {
        int grandchild = targets[f];
        if (first[grandchild + 1] - first[grandchild] >= TABLE_MIN_CHILDREN) {
          int[] third = new int[0x80];
          for (char c = 0; c < third.length; c++) {
            third[c] = search(grandchild, c);
          }
          secondByAscii[grandchild] = third;
        }
      }
    }
  }

  /**
   * The longest entry whose key starts at {@code start}, ends at a word boundary and that {@code
   * accept} takes; among entries of one key, the first accepted in insertion order. Null when none.
   */
  Hit<V> longestAt(char[] text, int start, Acceptor<V> accept) {
    int node = 0;
    Hit<V> best = null;
    int n = text.length;
    for (int i = start; i < n; i++) {
      node = child(node, Folding.fold(text[i]));
      if (node < 0) {
        break;
      }
      List<V> here = values[node];
      if (here != null && (i + 1 == n || !Folding.isWordChar(text[i + 1]))) {
        for (int k = 0; k < here.size(); k++) {
          V v = here.get(k);
          if (accept.accept(v, start, i + 1)) {
            best = new Hit<>(start, i + 1, v);
            break;
          }
        }
      }
    }
    return best;
  }

  /** All entries stored under {@code key} (folded), in insertion order; empty when none. */
  List<V> get(String key) {
    int node = 0;
    for (int i = 0; i < key.length() && node >= 0; i++) {
      node = child(node, Folding.fold(key.charAt(i)));
    }
    if (node < 0 || values[node] == null) {
      return List.of();
    }
    return values[node];
  }

  /** Decides whether an entry found at {@code [start, end)} counts. */
  @FunctionalInterface
  interface Acceptor<V> {
    boolean accept(V value, int start, int end);
  }

  private int child(int node, char c) {
    if (c < 0x80) {
      if (node == 0) {
        return rootByAscii[c];
      }
      int[] table = secondByAscii[node];
      if (table != null) {
        return table[c];
      }
    }
    return search(node, c);
  }

  private int search(int node, char c) {
    int lo = first[node];
    int hi = first[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = labels[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return targets[mid];
      }
    }
    return -1;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects keys, then freezes them into a {@link WordTrie}. Not thread-safe. */
  static final class Builder<V> {
    private final List<TreeMap<Character, Integer>> edges = new ArrayList<>();
    private final List<List<V>> values = new ArrayList<>();

    private Builder() {
      newNode();
    }

    private int newNode() {
      edges.add(new TreeMap<>());
      values.add(null);
      return edges.size() - 1;
    }

    /** Adds {@code value} under {@code key}; keys are folded. */
    Builder<V> add(String key, V value) {
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        char c = Folding.fold(key.charAt(i));
        Integer next = edges.get(node).get(c);
        if (next == null) {
          next = newNode();
          edges.get(node).put(c, next);
        }
        node = next;
      }
      if (values.get(node) == null) {
        values.set(node, new ArrayList<>(1));
      }
      values.get(node).add(value);
      return this;
    }

    /** Removes every value under {@code key} that {@code drop} selects. */
    Builder<V> removeIf(String key, Predicate<V> drop) {
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        Integer next = edges.get(node).get(Folding.fold(key.charAt(i)));
        if (next == null) {
          return this;
        }
        node = next;
      }
      if (values.get(node) != null) {
        values.get(node).removeIf(drop);
      }
      return this;
    }

    WordTrie<V> build() {
      int nodes = edges.size();
      int total = edges.stream().mapToInt(TreeMap::size).sum();
      char[] labels = new char[total];
      int[] targets = new int[total];
      int[] first = new int[nodes + 1];
      int k = 0;
      List<List<V>> frozen = new ArrayList<>(nodes);
      for (int n = 0; n < nodes; n++) {
        first[n] = k;
        for (var e : edges.get(n).entrySet()) {
          labels[k] = e.getKey();
          targets[k++] = e.getValue();
        }
        List<V> v = values.get(n);
        frozen.add(v == null || v.isEmpty() ? null : List.copyOf(v));
      }
      first[nodes] = k;
      @SuppressWarnings("unchecked")
      List<V>[] array = frozen.toArray(new List[0]);
      return new WordTrie<>(labels, targets, first, array);
    }
  }
}
