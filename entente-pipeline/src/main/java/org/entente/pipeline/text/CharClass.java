package org.entente.pipeline.text;

/**
 * The character classes that the scanners ask about for every character, answered from a table for
 * the characters below U+2100 (Latin, Greek, Cyrillic, Arabic and the general punctuation of news
 * text: curly quotes, dashes, ellipses) and by {@link Character} otherwise: each method gives
 * exactly what its {@link Character} namesake gives. Under the launcher's client compiler a call
 * into {@link Character} is several nested calls per character; the table is one array load.
 * Stateless and thread-safe.
 */
public final class CharClass {

  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte UPPER = 4;
  private static final byte LOWER = 8;
  private static final byte WHITESPACE = 16;

  private static final int TABLE_END = 0x2100;
  private static final byte[] TABLE = new byte[TABLE_END];

  static {
    for (char c = 0; c < TABLE_END; c++) {
      TABLE[c] =
          (byte)
              ((Character.isLetter(c) ? LETTER : 0)
                  | (Character.isDigit(c) ? DIGIT : 0)
                  | (Character.isUpperCase(c) ? UPPER : 0)
                  | (Character.isLowerCase(c) ? LOWER : 0)
                  | (Character.isWhitespace(c) ? WHITESPACE : 0));
    }
  }

  private CharClass() {}

  /** As {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return c < TABLE_END ? (TABLE[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  /** As {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < TABLE_END ? (TABLE[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** As {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return c < TABLE_END ? (TABLE[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  /** As {@link Character#isUpperCase(char)}. */
  public static boolean isUpperCase(char c) {
    return c < TABLE_END ? (TABLE[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  /** As {@link Character#isLowerCase(char)}. */
  public static boolean isLowerCase(char c) {
    return c < TABLE_END ? (TABLE[c] & LOWER) != 0 : Character.isLowerCase(c);
  }

  /** As {@link Character#toLowerCase(char)}. */
  public static char toLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** As {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return c < TABLE_END ? (TABLE[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
  }
}
