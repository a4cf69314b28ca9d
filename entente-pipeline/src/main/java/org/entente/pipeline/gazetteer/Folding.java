package org.entente.pipeline.gazetteer;

import java.text.Normalizer;
import org.entente.pipeline.text.CharClass;

/**
 * The length-preserving character folding under which names are looked up: lower case, Latin
 * diacritics removed ({@code É → e}), typographic apostrophes and hyphens made plain, every
 * whitespace a space. One char in, one char out, so an offset in the folded text is an offset in
 * the text.
 */
final class Folding {

  private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      char f = Character.toLowerCase(ch);
      if (c >= 0xC0 && c < 0x2B0 || c >= 0x1E00 && c < 0x1F00) { // Latin-1 to IPA; Vietnamese
        String d = Normalizer.normalize(String.valueOf(f), Normalizer.Form.NFD);
        if (!d.isEmpty() && d.charAt(0) < 0x80) {
          f = d.charAt(0);
        }
      }
      if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F') {
        f = ' ';
      }
      TABLE[c] = f;
    }
    TABLE['\u2019'] = '\'';
    TABLE['\u2018'] = '\'';
    TABLE['\u02BC'] = '\'';
    TABLE['\u2010'] = '-';
    TABLE['\u2011'] = '-';
    TABLE['\u00DF'] = '\u00DF';
  }

  private Folding() {}

  static char fold(char c) {
    return TABLE[c];
  }

  static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  /**
   * Whether {@code text} at {@code start} may stand for {@code key}: every upper-case letter of the
   * key is upper case in the text. "Turkey" and "TURKEY" stand for "Turkey", "turkey" does not;
   * "US" needs "US".
   */
  static boolean caseCompatible(CharSequence text, int start, String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isUpperCase(key.charAt(i)) && !Character.isUpperCase(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** A letter or digit: what a whole-word match must not touch on either side. */
  static boolean isWordChar(char c) {
    return CharClass.isLetterOrDigit(c);
  }
}
