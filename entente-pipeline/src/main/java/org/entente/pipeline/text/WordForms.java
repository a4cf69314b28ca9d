package org.entente.pipeline.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;

/**
 * The comparable form of a phrase: accents stripped, lower case, words of letters and digits, and
 * its content words (function words of English, French and Spanish left out, {@code
 * stop-words.txt}). Extraction compares names and actions this way, and the evaluation's matching
 * rules ({@code eval.Matching}, which mirror the reference scorer) are built on the same forms.
 * Thread-safe and stateless.
 */
public final class WordForms {

  private static final Set<String> STOP = stopWords();
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private WordForms() {}

  private static Set<String> stopWords() {
    Set<String> out = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(WordForms.class, "stop-words.txt")) {
      for (String w : line.field(0).split(" +")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** NFKD, strip combining marks, lower case, non-alphanumerics to single spaces, trimmed. */
  public static String norm(String s) {
    if (s != null && isAscii(s)) {
      return asciiNorm(s);
    }
    String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    d = COMBINING.matcher(d).replaceAll("");
    return NON_ALNUM.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #norm} of an ASCII string, which NFKD leaves as it is and which holds no combining mark:
   * one pass instead of the normaliser and two regular expressions. Letters and digits in lower
   * case; each run of other characters a single space between them, none at either end.
   */
  private static String asciiNorm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.append(c);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /** Content words of {@code s}: normalised, longer than one letter, not function words. */
  public static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : norm(s).split(" ")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
