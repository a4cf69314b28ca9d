package org.entente.pipeline.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.text.WordFilter;

/**
 * A set of cue phrases, each carrying a value, matched word by word over tokens. A cue is
 * lower-case words separated by single spaces; a word ending in {@code *} matches any word that
 * starts with it (the stem has at least {@value #MIN_STEM} letters). At each position the longest
 * matching cues win and the scan resumes after them, so a longer phrase hides the shorter cues
 * inside it.
 *
 * <p>Matching is linear in the number of words times the longest cue: every lookup is a hash probe.
 * Immutable and thread-safe once built.
 *
 * @param <V> what a cue carries (a topic and weight, an event code, nothing)
 */
public final class CuePhrases<V> {

  /** The shortest stem a {@code *} word may have. */
  public static final int MIN_STEM = 3;

  private static final int MAX_STEM = 24;

  /** One cue: its words (a last character {@code *} marks a stem) and its value. */
  public record Cue<V>(List<String> words, V value) {
    public Cue {
      words = FrozenList.copyOf(words); // one list class: the matcher's calls stay direct
    }
  }

  /** Cues that matched at one position: all of the same, maximal length. */
  public record Hit<V>(int from, int to, List<Cue<V>> cues) {}

  private final Map<String, List<Cue<V>>> byFirstWord;
  private final Map<String, List<Cue<V>>> byFirstStem;

  /** The keys of {@link #byFirstWord}: every word of every sentence asks, few start a cue. */
  private final WordFilter firstWords;

  /*
   * String hash codes of the first-word stems and of all their prefixes of MIN_STEM letters or
   * more: a scan computes the hash of each prefix of a word as it goes, stops at the first prefix
   * that no stem starts with and looks up (allocating the prefix string) only where a stem may be.
   */
  private final HashFilter stemHashes;
  private final HashFilter stemPrefixHashes;

  private CuePhrases(Map<String, List<Cue<V>>> words, Map<String, List<Cue<V>>> stems) {
    this.byFirstWord = copy(words);
    this.firstWords = new WordFilter(words.keySet());
    this.byFirstStem = copy(stems);
    this.stemHashes = new HashFilter(stems.keySet().stream().map(String::hashCode).toList());
    List<Integer> prefixes = new ArrayList<>();
    for (String stem : stems.keySet()) {
      for (int len = MIN_STEM; len <= stem.length(); len++) {
        prefixes.add(stem.substring(0, len).hashCode());
      }
    }
    this.stemPrefixHashes = new HashFilter(prefixes);
  }

  /** A builder; strict on what it is given. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Builds cue phrase sets; not thread-safe. */
  public static final class Builder<V> {
    private final Map<String, List<Cue<V>>> words = new HashMap<>();
    private final Map<String, List<Cue<V>>> stems = new HashMap<>();

    private Builder() {}

    /**
     * Adds {@code phrase} with {@code value}.
     *
     * @throws IllegalArgumentException when the phrase is not lower-case words with optional
     *     trailing {@code *} stems of at least {@value #MIN_STEM} letters
     */
    public Builder<V> add(String phrase, V value) {
      List<String> ws = parse(phrase);
      Cue<V> cue = new Cue<>(ws, value);
      String first = ws.get(0);
      if (isStem(first)) {
        stems
            .computeIfAbsent(first.substring(0, first.length() - 1), k -> new ArrayList<>())
            .add(cue);
      } else {
        words.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
      }
      return this;
    }

    /** Adds the line's field {@code column} as a phrase, failing with the file and line. */
    public Builder<V> add(ResourceFile.Line line, int column, V value) {
      try {
        return add(line.field(column), value);
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }

    public CuePhrases<V> build() {
      return new CuePhrases<>(words, stems);
    }
  }

  /** A French elided article or pronoun before a word: "l'énergie" is read as "énergie". */
  private static final java.util.regex.Pattern ELISION =
      java.util.regex.Pattern.compile("^(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu)'(?=\\p{L})");

  /**
   * The words of {@code tokens} as cues see them: lower case, hyphenated words split into their
   * parts, a final possessive {@code 's} dropped. Punctuation stays as a word of its own, so that
   * no phrase matches across it.
   */
  public static List<String> words(List<Token> tokens) {
    int n = tokens.size();
    List<String> out = new ArrayList<>(n + 4);
    for (int k = 0; k < n; k++) { // by index: one call per token, where an iterator takes two
      Token t = tokens.get(k);
      if (!t.isCompound()) {
        out.add(word(t)); // most tokens: without the list and iterator of parts()
        continue;
      }
      for (Token p : t.parts()) {
        out.add(word(p));
      }
    }
    return out;
  }

  private static String word(Token t) {
    String w = t.lower(); // lower case already: normalise's toLowerCase copies nothing
    // One pass for most words: an ASCII word is its own lower case, and without an apostrophe
    // normalise changes nothing but the case.
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80 || c == '\'') {
        return w.indexOf('\'') < 0 && w.indexOf('\u2019') < 0
            ? w.toLowerCase(Locale.ROOT)
            : normalise(w);
      }
    }
    return w;
  }

  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0 && apostrophe <= 6) {
      w = ELISION.matcher(w).replaceFirst("");
    }
    if (w.endsWith("'s") && w.length() > 2) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'") && w.length() > 1) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The longest matches, left to right, never overlapping. */
  public List<Hit<V>> find(List<String> words) {
    return find(words, false);
  }

  /** As {@link #find(List)}, ending at the first match when {@code firstOnly}. */
  private List<Hit<V>> find(List<String> words, boolean firstOnly) {
    List<Hit<V>> out = new ArrayList<>();
    List<Cue<V>> winners = new ArrayList<>();
    int i = 0;
    int n = words.size();
    while (i < n) {
      String word = words.get(i);
      List<Cue<V>> starting = firstWords.mayContain(word) ? byFirstWord.get(word) : null;
      int best = longest(starting, words, i, 0, winners);
      // Stems by increasing length, each probed only while some stem starts with the prefix.
      int limit = Math.min(word.length(), MAX_STEM);
      int hash = 0;
      for (int len = 1; len <= limit; len++) {
        hash = 31 * hash + word.charAt(len - 1);
        if (len < MIN_STEM) {
          continue;
        }
        if (!stemPrefixHashes.mayContain(hash)) {
          break;
        }
        if (stemHashes.mayContain(hash)) {
          best = longest(byFirstStem.get(word.substring(0, len)), words, i, best, winners);
        }
      }
      if (best == 0) {
        i++;
      } else {
        // Exact words are surer than stems of the same length: "economist" hides "econom*".
        if (winners.size() > 1 && winners.stream().anyMatch(c -> !hasStem(c))) {
          winners.removeIf(CuePhrases::hasStem);
        }
        out.add(new Hit<>(i, i + best, FrozenList.copyOf(winners)));
        if (firstOnly) {
          return out;
        }
        winners.clear();
        i += best;
      }
    }
    return out;
  }

  /**
   * Adds to {@code winners} the cues of {@code cues} that match at {@code at} and are at least as
   * long as {@code best} (clearing it when a longer one comes), and returns the new best length.
   */
  private static <V> int longest(
      List<Cue<V>> cues, List<String> words, int at, int best, List<Cue<V>> winners) {
    if (cues == null) {
      return best;
    }
    for (int x = 0, count = cues.size(); x < count; x++) { // by index: no iterator per word
      Cue<V> c = cues.get(x);
      int n = c.words().size();
      if (n >= best && at + n <= words.size() && matches(c, words, at)) {
        if (n > best) {
          best = n;
          winners.clear();
        }
        winners.add(c);
      }
    }
    return best;
  }

  /** True when some cue matches somewhere in {@code words}. */
  public boolean containsAny(List<String> words) {
    return !find(words, true).isEmpty();
  }

  private static <V> boolean hasStem(Cue<V> c) {
    for (String w : c.words()) {
      if (isStem(w)) {
        return true;
      }
    }
    return false;
  }

  private static <V> boolean matches(Cue<V> c, List<String> words, int at) {
    List<String> cws = c.words();
    for (int k = 0, size = cws.size(); k < size; k++) {
      String cw = cws.get(k);
      String w = words.get(at + k);
      boolean ok = isStem(cw) ? w.startsWith(cw.substring(0, cw.length() - 1)) : w.equals(cw);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStem(String w) {
    return w.endsWith("*");
  }

  private static List<String> parse(String phrase) {
    if (phrase == null || phrase.isEmpty()) {
      throw new IllegalArgumentException("empty cue phrase");
    }
    List<String> ws = List.of(phrase.split(" ", -1));
    for (String w : ws) {
      String core = isStem(w) ? w.substring(0, w.length() - 1) : w;
      if (core.isEmpty()) {
        throw new IllegalArgumentException("empty word in cue '" + phrase + "'");
      }
      if (isStem(w) && (core.length() < MIN_STEM || core.length() > MAX_STEM)) {
        throw new IllegalArgumentException(
            "stem '" + w + "' must have " + MIN_STEM + " to " + MAX_STEM + " letters");
      }
      for (int i = 0; i < core.length(); i++) {
        char ch = core.charAt(i);
        if (!(Character.isLowerCase(ch) || Character.isDigit(ch) || ch == '\'' || ch == '.')) {
          throw new IllegalArgumentException(
              "cue '" + phrase + "' must be lower-case words, got '" + ch + "'");
        }
      }
    }
    return ws;
  }

  private static <V> Map<String, List<Cue<V>>> copy(Map<String, List<Cue<V>>> m) {
    Map<String, List<Cue<V>>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, FrozenList.copyOf(v)));
    return java.util.Collections.unmodifiableMap(
        out); // hash compared before equals: misses are cheap
  }
}
