package org.entente.pipeline.repair;

/**
 * How plausible characters are in running text; the "badness" measure that decides whether a
 * candidate repair makes the text better (in the spirit of ftfy's badness score).
 *
 * <p>Mojibake shows up as an accented letter glued to symbols, C1 controls or odd letters ("Ã©",
 * "â€™", "Ć©"); a good repair yields a common letter or punctuation mark.
 */
final class Plausibility {

  /** A decoded character that can never be the right repair. */
  static final int IMPOSSIBLE = Integer.MAX_VALUE;

  private Plausibility() {}

  /**
   * How odd the continuation character {@code c} looks right after the lead character {@code lead}:
   * 3 for a C1 control or U+FFFD, 1 for a symbol, punctuation mark, digit or space glued to a
   * letter, a rare letter or a switch of case, 0 for an ordinary letter.
   */
  static int continuationOddness(char lead, char c) {
    if ((c >= 0x80 && c <= 0x9F) || c == '\uFFFD') {
      return 3;
    }
    if (Character.isLetter(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
      if (c == 'Ÿ' || c == 'ª' || c == 'º' || c == 'µ' || c == 'ƒ') {
        return 1;
      }
      boolean caseSwitch =
          (Character.isUpperCase(lead) && Character.isLowerCase(c))
              || (Character.isLowerCase(lead) && Character.isUpperCase(c));
      return caseSwitch ? 1 : 0;
    }
    return 1;
  }

  /**
   * The cost of {@code cp} as a repair result: {@link #IMPOSSIBLE} for controls, unassigned,
   * private-use and non-characters; 2 for rare letters (most of Latin Extended-B, IPA, spacing
   * modifiers, combining marks standing alone, rare scripts); 0 otherwise.
   */
  static int cost(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || cp == 0xFFFD
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE) {
      return IMPOSSIBLE;
    }
    return isRare(cp) ? 2 : 0;
  }

  /** Letters and marks that correct text seldom contains, so that they hint at damage. */
  static boolean isRare(int cp) {
    if (cp >= 0x0180 && cp <= 0x024F) {
      return !isCommonLatinExtendedB(cp);
    }
    if (cp >= 0x0250 && cp <= 0x02AF) {
      return cp != 0x0259 && cp != 0x025B && cp != 0x0254; // ə ɛ ɔ are letters of real alphabets
    }
    if (cp >= 0x02B0 && cp <= 0x036F) {
      return cp != 0x02BB && cp != 0x02BC && cp != 0x02C6 && cp != 0x02DC;
    }
    // Syriac supplement, Thaana, NKo, Samaritan, Mandaic: what random two-byte UTF-8 lands in.
    return cp >= 0x0750 && cp <= 0x08FF;
  }

  private static boolean isCommonLatinExtendedB(int cp) {
    return (cp >= 0x01A0 && cp <= 0x01A1) // Ơ ơ (Vietnamese)
        || (cp >= 0x01AF && cp <= 0x01B0) // Ư ư (Vietnamese)
        || (cp >= 0x01CD && cp <= 0x01DC) // Pinyin tone letters ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
        || (cp >= 0x0218 && cp <= 0x021B) // Ș ș Ț ț (Romanian)
        || cp == 0x018F // Ə (Azerbaijani)
        || cp == 0x0192; // ƒ
  }

  /**
   * A tie-breaker between equally plausible repairs: 1 for the Latin-1 letters and general
   * punctuation that most mojibake stands for, 0 otherwise.
   */
  static int commonness(int cp) {
    return (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2010 && cp <= 0x203A) ? 1 : 0;
  }

  /**
   * Whether {@code cp} belongs to a script other than Latin (Greek, Cyrillic, Arabic, CJK…): a
   * repair into such a script needs more evidence when it sits inside Latin text.
   */
  static boolean isOtherScript(int cp) {
    if (cp < 0x0370) {
      return false;
    }
    if (cp >= 0x1E00 && cp <= 0x1EFF) {
      return false; // Latin Extended Additional (Vietnamese)
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s != Character.UnicodeScript.LATIN
        && s != Character.UnicodeScript.COMMON
        && s != Character.UnicodeScript.INHERITED;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
