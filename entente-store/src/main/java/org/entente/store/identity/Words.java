package org.entente.store.identity;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word sets for comparing names and actions, normalised as the reference scorer does: accents
 * stripped, lower case, anything but letters and digits a separator, a fixed list of stop words and
 * one-letter words dropped.
 */
public final class Words {

  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "with", "by", "from",
          "under", "between", "into", "its", "their", "his", "her", "this", "that", "these",
          "those", "two", "both", "sides", "side", "new", "next", "all");

  private Words() {}

  /** Accents stripped, lower case, runs of other characters as one space, trimmed. */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean space = true;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char l = Character.toLowerCase(c);
      if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
        sb.append(l);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  /**
   * The {@link String#hashCode} of each word of {@link #normalise}{@code (s)}, in order, without
   * building the normalised text: element 0 is the number of words, elements 1 to it their hashes.
   * Text without accents or other non-ASCII characters is not run through the Unicode normaliser,
   * which leaves it unchanged.
   */
  public static int[] wordHashes(String s) {
    int[] out = new int[64];
    if (s == null) {
      return out;
    }
    String d = ascii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
    int n = 0;
    int h = 0;
    boolean inWord = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      char l;
      if (c < 0x80) {
        l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        l = Character.toLowerCase(c);
      }
      if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
        h = inWord ? 31 * h + l : l;
        inWord = true;
      } else if (inWord) {
        out = append(out, ++n, h);
        inWord = false;
      }
    }
    if (inWord) {
      out = append(out, ++n, h);
    }
    out[0] = n;
    return out;
  }

  private static int[] append(int[] a, int at, int v) {
    int[] out = at < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    out[at] = v;
    return out;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The content words of {@code s}, in order of first appearance. */
  public static Set<String> of(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : normalise(s).split(" ")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * |a ∩ b| / min(|a|, |b|), the overlap coefficient the reference scorer uses to match names and
   * actions; 0 when either is empty.
   */
  public static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    // The intersection is symmetric: probe the larger set with the smaller one's words.
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String w : small) {
      if (large.contains(w)) {
        common++;
      }
    }
    return (double) common / Math.min(a.size(), b.size());
  }

  /** The fraction of {@code needles} found in {@code hay}; 0 when {@code needles} is empty. */
  public static double coverage(Set<String> needles, Set<String> hay) {
    if (needles.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String w : needles) {
      if (hay.contains(w) || hay.contains(stem(w))) {
        found++;
      }
    }
    return (double) found / needles.size();
  }

  /** A crude English stem (plural and -ing/-ed endings) for matching "dialogues" to "dialogue". */
  public static String stem(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.length() > 4 && s.endsWith("ies")) {
      return s.substring(0, s.length() - 3) + "y";
    }
    if (s.length() > 5 && s.endsWith("ing")) {
      return s.substring(0, s.length() - 3);
    }
    if (s.length() > 4 && s.endsWith("ed")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** {@link #of} with every word {@link #stem stemmed}. */
  public static Set<String> stems(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : of(s)) {
      out.add(stem(w));
    }
    return out;
  }
}
