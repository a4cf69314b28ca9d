package org.entente.pipeline.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;

/**
 * Tells the language of a text from a profile of its most frequent words ({@code profiles.tsv}
 * beside this class: one line per language and word list). Each distinct word of the text found in
 * a language's list counts one for that language (so that "del." repeated in a price table does not
 * make it Spanish); the language with the most counts wins when it has at least {@link #MIN_HITS}
 * and clearly more than the runner-up, else the text is read as English, the default. Function
 * words are the surest sign of a language in short news texts, and looking them up costs one hash
 * probe a word. Only the first {@link #SAMPLE} characters are read.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageDetector {

  /** Characters read from the start of a text; enough for a firm decision, cheap on long texts. */
  static final int SAMPLE = 4000;

  /**
   * The distinct profile words a language needs to be chosen over the default: one for every {@link
   * #WORDS_PER_HIT} words of the text, at least {@link #MIN_HITS_SHORT} and at most {@link
   * #MIN_HITS}. A sentence of real French has a dozen; a price table with "del." has one.
   */
  static final int MIN_HITS = 8;

  static final int MIN_HITS_SHORT = 3;

  static final int WORDS_PER_HIT = 10;

  /** How many times the runner-up's count the winner needs. */
  static final double MARGIN = 2.0;

  private final Map<String, String[]> languagesByWord;

  /** The length of the longest profile word: longer words of the text are not looked up. */
  private final int longestWord;

  private LanguageDetector(Map<String, String[]> languagesByWord) {
    this.languagesByWord = java.util.Collections.unmodifiableMap(new HashMap<>(languagesByWord));
    this.longestWord = languagesByWord.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The detector over the bundled profiles, loaded and validated once. */
  public static LanguageDetector defaults() {
    return Holder.DEFAULT;
  }

  static LanguageDetector load(Class<?> anchor, String file) {
    Map<String, Set<String>> byWord = new HashMap<>();
    List<ResourceFile.Line> lines = ResourceFile.read(anchor, file);
    for (ResourceFile.Line line : lines) {
      String lang = line.field(0);
      if (!lang.matches("[a-z]{2}")) {
        throw line.error("language must be an ISO 639-1 code, was '" + lang + "'");
      }
      if (line.field(1).isEmpty()) {
        throw line.error("no words");
      }
      for (String w : line.field(1).split(" +")) {
        byWord
            .computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new java.util.TreeSet<>())
            .add(lang);
      }
    }
    Map<String, String[]> out = new HashMap<>();
    byWord.forEach((w, ls) -> out.put(w, ls.toArray(String[]::new)));
    return new LanguageDetector(out);
  }

  /**
   * The ISO 639-1 code of the language of {@code text}; "en" when the text is too short or too
   * mixed to tell. Never null; never throws on content.
   */
  public String detect(CharSequence text) {
    if (text == null) {
      return Language.EN.code();
    }
    Map<String, Integer> counts = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int words = 0;
    int n = Math.min(text.length(), SAMPLE);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if ((c == '\'' || c == '\u2019') && word.length() > 0 && word.length() <= 2) {
        word.append('\''); // French elision: l', d', qu'
      }
      if (word.length() > 0) {
        words++;
        if (word.length() <= longestWord) {
          String w = word.toString();
          String[] langs = languagesByWord.get(w);
          if (langs != null && seen.add(w)) {
            for (String l : langs) {
              counts.merge(l, 1, Integer::sum);
            }
          }
        }
        word.setLength(0);
      }
    }
    String best = Language.EN.code();
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > first || c == first && e.getKey().compareTo(best) < 0) {
        second = Math.max(second, first);
        first = c;
        best = e.getKey();
      } else if (c > second) {
        second = c;
      }
    }
    int needed = Math.min(MIN_HITS, Math.max(MIN_HITS_SHORT, words / WORDS_PER_HIT));
    return first >= needed && first >= MARGIN * second ? best : Language.EN.code();
  }

  private static final class Holder {
    static final LanguageDetector DEFAULT = load(LanguageDetector.class, "profiles.tsv");
  }
}
