package org.entente.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One shared copy of each word, actor code, mode and place the {@link RecordIndex} holds. Each
 * record's words are cut anew from its text, so without sharing the index kept some twenty copies
 * of common words per record: two thirds of its memory, and at a million documents more than a 1 GB
 * heap. The vocabulary itself grows with the distinct words, not with the records. Not thread-safe.
 */
final class Vocabulary {

  private final Map<String, String> words = new HashMap<>();

  /** The shared copy of {@code s} (null for null). */
  String of(String s) {
    if (s == null) {
      return null;
    }
    String shared = words.putIfAbsent(s, s);
    return shared == null ? s : shared;
  }

  /** An immutable set of the shared copies of {@code strings}. */
  Set<String> set(Collection<String> strings) {
    List<String> out = new ArrayList<>(strings.size());
    for (String s : strings) {
      out.add(of(s));
    }
    return Set.copyOf(out);
  }

  /** An immutable list of the shared copies of {@code strings}, in order. */
  List<String> list(List<String> strings) {
    List<String> out = new ArrayList<>(strings.size());
    for (String s : strings) {
      out.add(of(s));
    }
    return List.copyOf(out);
  }

  int size() {
    return words.size();
  }

  void clear() {
    words.clear();
  }
}
