package org.entente.pipeline.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.CharClass;

/**
 * Tells the language of a text from a profile of its most frequent words ({@code profiles.tsv}
 * beside this class: one line per language and word list). Each distinct word of the text found in
 * a language's list counts one for that language (so that "del." repeated in a price table does not
 * make it Spanish); the language with the most counts wins when it has at least {@link #MIN_HITS}
 * and clearly more than the runner-up (or, when English is far behind, just more), else the text is
 * read as English, the default. Function words are the surest sign of a language in short news
 * texts, and looking them up costs one hash probe a word. Only the first {@link #SAMPLE} characters
 * are read.
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

  /**
   * The profile words in an open-addressing table probed with the characters of a text's word, so
   * that detection builds no string per word: slots by {@link String#hashCode()}, null when free.
   */
  private final String[] slots;

  private LanguageDetector(Map<String, String[]> languagesByWord) {
    // a hash map, not Map.copyOf: its lookup compares hash codes before it compares strings
    this.languagesByWord = java.util.Collections.unmodifiableMap(new HashMap<>(languagesByWord));
    this.longestWord = languagesByWord.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.slots =
        new String[Integer.highestOneBit(Math.max(16, languagesByWord.size() * 4) - 1) << 1];
    for (String w : languagesByWord.keySet()) {
      int h = w.hashCode() & (slots.length - 1);
      while (slots[h] != null) {
        h = (h + 1) & (slots.length - 1);
      }
      slots[h] = w;
    }
  }

  /** The profile word spelt by {@code chars[0, length)}, or null. */
  private String profileWord(char[] chars, int length) {
    int hash = 0;
    for (int k = 0; k < length; k++) {
      hash = 31 * hash + chars[k];
    }
    for (int h = hash & (slots.length - 1); slots[h] != null; h = (h + 1) & (slots.length - 1)) {
      String w = slots[h];
      if (w.length() == length && w.hashCode() == hash && sameChars(w, chars)) {
        return w;
      }
    }
    return null;
  }

  private static boolean sameChars(String w, char[] chars) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
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
    char[] sample = new char[n]; // read as an array: cheaper per character than CharSequence
    text.toString().getChars(0, n, sample, 0);
    char[] word = new char[Math.max(longestWord, 3) + 1]; // the first characters of the word
    int length = 0; // the whole word's
    for (int i = 0; i <= n; i++) {
      char c = i < n ? sample[i] : ' ';
      if (CharClass.isLetter(c)) {
        if (length < word.length) {
          word[length] = CharClass.toLowerCase(c);
        }
        length++;
        continue;
      }
      if ((c == '\'' || c == '\u2019') && length > 0 && length <= 2) {
        word[length++] = '\''; // French elision: l', d', qu'
      }
      if (length > 0) {
        words++;
        String w = length <= longestWord ? profileWord(word, length) : null;
        if (w != null && seen.add(w)) {
          for (String l : languagesByWord.get(w)) {
            counts.merge(l, 1, Integer::sum);
          }
        }
        length = 0;
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
    // French and Spanish share many function words ("de", "que"): in a short text they may not
    // part by the margin, but when English is far behind, the one ahead is the text's language
    int english = counts.getOrDefault(Language.EN.code(), 0);
    boolean clear = first >= MARGIN * second;
    boolean notEnglish = !best.equals(Language.EN.code()) && MARGIN * english <= first;
    return first >= needed && (clear || notEnglish && first > second) ? best : Language.EN.code();
  }

  private static final class Holder {
    static final LanguageDetector DEFAULT = load(LanguageDetector.class, "profiles.tsv");
  }
}
