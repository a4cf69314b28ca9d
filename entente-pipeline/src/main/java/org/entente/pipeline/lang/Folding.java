package org.entente.pipeline.lang;

import java.text.Normalizer;

/**
 * Folds text for matching French and Spanish word lists: lower case, Latin accents dropped ("é" to
 * "e", "ñ" to "n"), typographic apostrophes to "'". Each character folds to exactly one, so an
 * offset in the folded text is the same offset in the original.
 */
public final class Folding {

  private Folding() {}

  /** {@code s} folded, of the same length. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** One character folded. */
  public static char fold(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
      return '\'';
    }
    if (Character.isLetter(c)) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      return Character.toLowerCase(base < 128 || d.length() == 1 ? base : c);
    }
    return c;
  }
}
