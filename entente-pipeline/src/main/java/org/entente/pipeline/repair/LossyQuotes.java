package org.entente.pipeline.repair;

/**
 * Restores curly quotes and apostrophes whose bytes were partly lost: U+2018/2019/201C/201D are
 * UTF-8 {@code E2 80 xx}; read as ISO-8859-13, {@code E2} is "ā" and the two C1 bytes are often
 * dropped on the way, leaving a lone "ā" where the quote stood ("the Unionās", "āthe next levelā").
 *
 * <p>Since "ā" is a real letter in Latvian, Lithuanian loans and Pinyin, the rule is guarded: it
 * runs only when the text shows other Baltic mojibake, or else only where "ā" sits at the boundary
 * of otherwise-ASCII English words (a possessive or contraction, or a pair of quotes); and never
 * inside a word of a text that carries other Latvian or Pinyin diacritics. Opening quotes are
 * double when the quotation they open spans several words, single around a single word; a closing
 * mark matches the last opening one on the same line, or is an apostrophe.
 */
final class LossyQuotes {

  static final char MARK = 'ā';

  /** Letters that show a text really is Latvian, Lithuanian or Pinyin (besides "ā" itself). */
  private static final String OTHER_DIACRITICS = "ēīōūǎǐǒǔǖǘǚǜģķļņŗėįųĀĒĪŌŪǍǏǑǓǕǗǙǛĢĶĻŅŖĖĮŲ";

  /** How far a closing quote is looked for after an opening one. */
  private static final int MAX_QUOTATION = 600;

  private enum Position {
    INSIDE_WORD,
    WORD_START,
    WORD_END,
    BETWEEN_SPACES,
    OTHER
  }

  private LossyQuotes() {}

  /** {@code s} with lossy quotes restored; same length, one char for one char. */
  static String restore(String s, boolean balticEvidence) {
    int first = s.indexOf(MARK);
    if (first < 0) {
      return s;
    }
    boolean otherDiacritics = hasOtherDiacritics(s);
    if (otherDiacritics && !balticEvidence) {
      return s;
    }
    char[] out = s.toCharArray();
    char pendingClose = 0;
    int pendingUntil = -1;
    for (int i = first; i >= 0; i = s.indexOf(MARK, i + 1)) {
      if (i > pendingUntil) {
        pendingClose = 0;
      }
      switch (classify(s, i)) {
        case INSIDE_WORD -> {
          if (!otherDiacritics
              && asciiWordBefore(s, i)
              && asciiWordAfter(s, i)
              && (balticEvidence || isEnglishSuffix(s, i + 1))) {
            out[i] = '’';
          }
        }
        case WORD_START -> {
          if (!asciiWordAfter(s, i)) {
            break;
          }
          int close = findCloser(s, i);
          if (close < 0 && (otherDiacritics || !balticEvidence)) {
            break;
          }
          boolean severalWords = close < 0 || containsSpace(s, i + 1, close);
          out[i] = severalWords ? '“' : '‘';
          pendingClose = severalWords ? '”' : '’';
          pendingUntil = close < 0 ? lineEnd(s, i) : close;
        }
        case WORD_END -> {
          if (!asciiWordBefore(s, i)) {
            break;
          }
          if (pendingClose != 0) {
            out[i] = pendingClose;
            pendingClose = 0;
          } else if (!otherDiacritics && (balticEvidence || wordBeforeEndsWithS(s, i))) {
            out[i] = '’';
          }
        }
        case BETWEEN_SPACES -> {
          if (balticEvidence && !otherDiacritics) {
            out[i] = '–';
          }
        }
        case OTHER -> {}
      }
    }
    return new String(out);
  }

  private static Position classify(String s, int i) {
    char p = i > 0 ? s.charAt(i - 1) : ' ';
    char n = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    boolean pWord = Character.isLetterOrDigit(p);
    boolean nWord = Character.isLetterOrDigit(n);
    if (pWord && nWord) {
      return Position.INSIDE_WORD;
    }
    if (!pWord && nWord && (Character.isWhitespace(p) || "([{-–—/".indexOf(p) >= 0)) {
      return Position.WORD_START;
    }
    if ((pWord || ".,!?;:)".indexOf(p) >= 0) && !nWord) {
      return Position.WORD_END;
    }
    if (Character.isWhitespace(p) && Character.isWhitespace(n)) {
      return Position.BETWEEN_SPACES;
    }
    return Position.OTHER;
  }

  private static int findCloser(String s, int open) {
    int limit = Math.min(s.length(), open + MAX_QUOTATION);
    for (int j = open + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == MARK && classify(s, j) == Position.WORD_END && asciiWordBefore(s, j)) {
        return j;
      }
    }
    return -1;
  }

  private static int lineEnd(String s, int i) {
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl;
  }

  private static boolean containsSpace(String s, int from, int to) {
    for (int j = from; j < to; j++) {
      if (Character.isWhitespace(s.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /** The letters right before {@code i} (after skipping closing punctuation) are all ASCII. */
  private static boolean asciiWordBefore(String s, int i) {
    int j = i - 1;
    while (j >= 0 && ".,!?;:)".indexOf(s.charAt(j)) >= 0) {
      j--;
    }
    int letters = 0;
    for (; j >= 0 && isWordChar(s.charAt(j)); j--, letters++) {
      if (s.charAt(j) >= 0x80) {
        return false;
      }
    }
    return letters > 0;
  }

  private static boolean asciiWordAfter(String s, int i) {
    int letters = 0;
    for (int j = i + 1; j < s.length() && isWordChar(s.charAt(j)); j++, letters++) {
      if (s.charAt(j) >= 0x80) {
        return false;
      }
    }
    return letters > 0;
  }

  /** A letter or digit other than the mark itself, which ends a word it might quote. */
  private static boolean isWordChar(char c) {
    return c != MARK && Character.isLetterOrDigit(c);
  }

  private static boolean wordBeforeEndsWithS(String s, int i) {
    return i > 0 && (s.charAt(i - 1) == 's' || s.charAt(i - 1) == 'S');
  }

  /** The word part after the mark is an English clitic: 's, 't, 'll, 're, 've, 'd, 'm. */
  private static boolean isEnglishSuffix(String s, int from) {
    int end = from;
    while (end < s.length() && end - from <= 2 && Character.isLetter(s.charAt(end))) {
      end++;
    }
    if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      return false;
    }
    return switch (s.substring(from, end)) {
      case "s", "t", "ll", "re", "ve", "d", "m", "S", "T", "LL", "RE", "VE", "D", "M" -> true;
      default -> false;
    };
  }

  private static boolean hasOtherDiacritics(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x100 && c != MARK && OTHER_DIACRITICS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
