package org.entente.pipeline.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases of a lexicon file with a value each, found as whole words in {@link Folding folded} text,
 * longest first. A phrase is written as in text; "*" stands for any one word. Immutable and
 * thread-safe.
 *
 * @param <V> what a phrase means
 */
public final class PhraseList<V> {

  /** A phrase found in text: offsets in the text and the phrase's value. */
  public record Hit<V>(int start, int end, String phrase, V value) {}

  /** Whole words: no letter or digit after a phrase, unless it ends with an elision ("d'"). */
  private static final String WORD_END = "(?![\\p{L}\\p{N}])";

  /** An adverb that may stand between a phrase's words: "se sont également engagés à". */
  private static final String INSERTED = inserted();

  /**
   * What may stand between two words of a phrase: spaces, with an inserted adverb or not ("se sont
   * également engagés"), or an inserted adverb between commas ("sont convenus, entre autres, de").
   */
  private static final String GAP =
      "(?:[\\s\\u00a0]+(?:(?:"
          + INSERTED
          + ")[\\s\\u00a0]+)?|[\\s\\u00a0]*,[\\s\\u00a0]*(?:"
          + INSERTED
          + ")[\\s\\u00a0]*,[\\s\\u00a0]*)";

  /** The adverbs in a found phrase, to be left out when it is looked up. */
  private static final Pattern INSERTED_IN_FOUND = Pattern.compile("(?<= )(?:" + INSERTED + ") ");

  /** An adverb between commas in a found phrase, to be left out when it is looked up. */
  private static final Pattern INSERTED_BETWEEN_COMMAS =
      Pattern.compile(" ?, ?(?:" + INSERTED + ") ?, ?");

  private static String inserted() {
    List<String> words = new ArrayList<>();
    for (org.entente.pipeline.resources.ResourceFile.Line l :
        org.entente.pipeline.resources.ResourceFile.read(
            PhraseList.class, "inserted-adverbs.txt")) {
      words.add(Pattern.quote(l.field(0)).replace(" ", "\\E[\\s\\u00a0]+\\Q"));
    }
    return String.join("|", words);
  }

  private final Map<String, V> values;
  private final Pattern pattern;

  /**
   * The first words of the phrases by their first character, where a phrase may start; null when
   * some phrase starts with "*" or no letter (then every position is tried).
   */
  private final Map<Character, List<String>> firstWords;

  /**
   * The phrases with a wildcard or an elision, compiled once in the order of {@link #values}: a
   * found text not among the keys is matched against them in turn.
   */
  private final List<Map.Entry<Pattern, V>> patterned;

  private PhraseList(Map<String, V> values) {
    this.values = values;
    this.firstWords = firstWords(values.keySet());
    List<Map.Entry<Pattern, V>> wild = new ArrayList<>();
    for (Map.Entry<String, V> e : values.entrySet()) {
      if (e.getKey().contains("*") || e.getKey().contains("'")) {
        wild.add(
            new java.util.AbstractMap.SimpleImmutableEntry<>(
                Pattern.compile(regex(e.getKey())), e.getValue())); // a value may be null
      }
    }
    this.patterned = List.copyOf(wild);
    List<String> keys = new ArrayList<>(values.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String k : keys) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(regex(k));
      if (!k.endsWith("'")) {
        alt.append(WORD_END);
      }
    }
    this.pattern = keys.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")");
  }

  private static Map<Character, List<String>> firstWords(java.util.Set<String> phrases) {
    Map<Character, List<String>> out = new java.util.HashMap<>();
    for (String k : phrases) {
      int sp = k.indexOf(' ');
      String w = sp < 0 ? k : k.substring(0, sp);
      int apostrophe = w.indexOf('\'');
      if (apostrophe >= 0) {
        w = w.substring(0, apostrophe + 1); // "s'est": "s'" then the next word directly
      }
      if (w.isEmpty() || w.equals("*") || !Character.isLetterOrDigit(w.charAt(0))) {
        return null;
      }
      List<String> list = out.computeIfAbsent(w.charAt(0), c -> new ArrayList<>());
      if (!list.contains(w)) {
        list.add(w);
      }
    }
    return out;
  }

  /**
   * Whether a phrase may start at {@code i} of {@code folded}: a first word of one stands there.
   */
  private boolean mayStartAt(String folded, int i) {
    List<String> words = firstWords.get(folded.charAt(i));
    if (words == null) {
      return false;
    }
    for (String w : words) {
      if (folded.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static String regex(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (b.length() > 0) {
        b.append(w.startsWith("'") || b.charAt(b.length() - 1) == '\'' ? "" : GAP);
      }
      b.append(w.equals("*") ? "[\\p{L}\\p{N}'-]+" : Pattern.quote(w));
    }
    String s = b.toString();
    // an elided word ("d'", "l'") is followed by the next word directly
    return s.replace("'\\E" + GAP, "'\\E");
  }

  /** Builds a list; keys are folded. */
  public static <V> PhraseList<V> of(Map<String, V> phrases) {
    Map<String, V> m = new LinkedHashMap<>();
    phrases.forEach((k, v) -> m.putIfAbsent(Folding.fold(k.strip()), v));
    return new PhraseList<>(m);
  }

  /** Every phrase in {@code folded[from, to)}, leftmost-longest, not overlapping. */
  public List<Hit<V>> find(String folded, int from, int to) {
    List<Hit<V>> out = new ArrayList<>();
    if (pattern == null) {
      return out;
    }
    Matcher m = pattern.matcher(folded);
    m.useTransparentBounds(true);
    if (firstWords == null) {
      m.region(from, to);
      while (m.find()) {
        add(out, m);
      }
      return out;
    }
    // only where a word starts with a phrase's first word: the same hits as a find over the
    // region, without trying every alternative at every character
    int i = from;
    while (i < to) {
      char c = folded.charAt(i);
      boolean wordStart =
          Character.isLetterOrDigit(c)
              && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)));
      if (wordStart && mayStartAt(folded, i)) {
        m.region(i, to);
        if (m.lookingAt()) {
          add(out, m);
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
    return out;
  }

  private void add(List<Hit<V>> out, Matcher m) {
    String found = m.group().replaceAll("[\\s\\u00a0]+", " ");
    out.add(new Hit<>(m.start(), m.end(), found, value(found)));
  }

  /** The first phrase in {@code folded[from, to)}, or null. */
  public Hit<V> first(String folded, int from, int to) {
    List<Hit<V>> all = find(folded, from, to);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Whether the text holds any phrase. */
  public boolean any(String folded, int from, int to) {
    return first(folded, from, to) != null;
  }

  private V value(String found) {
    found = INSERTED_BETWEEN_COMMAS.matcher(found).replaceAll(" ");
    found = INSERTED_IN_FOUND.matcher(found).replaceAll("");
    V v = values.get(found);
    if (v != null) {
      return v;
    }
    String tight = found.replace("' ", "'");
    for (Map.Entry<Pattern, V> e : patterned) {
      if (e.getKey().matcher(found).matches() || e.getKey().matcher(tight).matches()) {
        return e.getValue();
      }
    }
    return null;
  }
}
