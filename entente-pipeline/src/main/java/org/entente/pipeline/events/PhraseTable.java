package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.text.WordFilter;

/**
 * Lower-case word sequences mapped to a value, matched token by token (leftmost-longest) against a
 * sentence's tokens. Loaded from a tab-separated resource whose first field is the phrase (words
 * separated by spaces) and whose other fields a parser turns into the value. A word "*" matches any
 * token; a last word "+ing" asks that the next token end in "-ing" without making it part of the
 * phrase ("agreed on +ing": "agreed on" before "holding", not before "Monday"). Immutable and
 * thread-safe; a scan is linear in the number of tokens times the longest phrase.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  /** A phrase found in a token list: tokens {@code [from, to)}. */
  record Match<V>(V value, int from, int to) {}

  private record Entry<V>(List<String> words, V value) {}

  private final Map<String, List<Entry<V>>> byFirst;

  /** The keys of {@link #byFirst}: every token asks, few start a phrase. */
  private final WordFilter firstWords;

  private PhraseTable(Map<String, List<Entry<V>>> byFirst) {
    this.byFirst = byFirst;
    this.firstWords = new WordFilter(byFirst.keySet());
  }

  /**
   * Loads {@code resource} next to this class. {@code parser} turns a line into the value and
   * throws {@link ResourceFile.Line#error} for a bad one.
   *
   * @throws IllegalStateException when the file is missing, a line is malformed or a phrase repeats
   */
  static <V> PhraseTable<V> load(String resource, Function<ResourceFile.Line, V> parser) {
    Map<String, List<Entry<V>>> map = new HashMap<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(PhraseTable.class, resource)) {
      String phrase = line.field(0).toLowerCase(Locale.ROOT);
      if (phrase.isEmpty()) {
        throw line.error("empty phrase");
      }
      List<String> words = List.of(phrase.split(" +"));
      if (seen.put(words, line.number()) != null) {
        throw line.error("phrase '" + phrase + "' listed twice");
      }
      V value = parser.apply(line);
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Entry<>(FrozenList.copyOf(words), value));
    }
    Map<String, List<Entry<V>>> frozen = new HashMap<>();
    map.forEach(
        (k, v) -> {
          v.sort((a, b) -> b.words().size() - a.words().size());
          frozen.put(k, FrozenList.copyOf(v)); // one list class: the matcher's calls stay direct
        });
    return new PhraseTable<>(
        java.util.Collections.unmodifiableMap(frozen)); // hash compared before equals
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<V> at(List<Token> tokens, int i) {
    String w = EventContext.lower(tokens.get(i));
    List<Entry<V>> es = firstWords.mayContain(w) ? byFirst.get(w) : null;
    if (es == null) {
      return null;
    }
    for (int x = 0, count = es.size(); x < count; x++) { // by index: no iterator per token
      Entry<V> e = es.get(x);
      if (matches(e.words(), tokens, i)) {
        int size = e.words().size();
        return new Match<>(
            e.value(), i, i + (lookahead(e.words().get(size - 1)) ? size - 1 : size));
      }
    }
    return null;
  }

  /** Every phrase in {@code tokens}, non-overlapping, leftmost-longest. */
  List<Match<V>> find(List<Token> tokens) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0, n = tokens.size(); i < n; i++) {
      Match<V> m = at(tokens, i);
      if (m != null) {
        out.add(m);
        i = m.to() - 1;
      }
    }
    return out;
  }

  /** A word that only looks at the next token's ending: "+ing". */
  private static boolean lookahead(String word) {
    return word.length() > 1 && word.charAt(0) == '+';
  }

  private static boolean matches(List<String> words, List<Token> tokens, int i) {
    int size = words.size();
    if (i + size > tokens.size()) {
      return false;
    }
    for (int k = 0; k < size; k++) {
      String w = words.get(k);
      String t = EventContext.lower(tokens.get(i + k));
      if (lookahead(w) ? !t.endsWith(w.substring(1)) : !w.equals("*") && !w.equals(t)) {
        return false;
      }
    }
    return true;
  }
}
