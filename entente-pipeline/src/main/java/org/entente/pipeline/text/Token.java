package org.entente.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of the repaired text.
 *
 * @param start offset in the repaired text
 * @param end exclusive end offset
 * @param text the characters
 * @param type word, number, punctuation or symbol
 *     <p>A WORD may hold internal apostrophes ("Morocco’s") and hyphens ("EU-Morocco", see {@link
 *     #parts()}), and ends with a period when it is an abbreviation ("U.S.", "Dr.", see {@link
 *     #isAbbreviation()}). A NUMBER may hold internal separators ("1,500", "3.5"). URLs and e-mail
 *     addresses are single SYMBOL tokens.
 * @param lower {@code text} in lower case (root locale), computed once so that lexicon lookups
 *     neither copy nor rehash it
 */
public record Token(int start, int end, String text, Type type, String lower) {

  public Token(int start, int end, String text, Type type) {
    this(start, end, text, type, text.toLowerCase(Locale.ROOT));
  }

  /**
   * The token {@code [start, end)} with text {@code text}, the characters {@code chars[start, end)}
   * of the array a tokenizer scans: an ASCII word is lower-cased from the array, without the
   * per-char table calls of {@link String#toLowerCase}, and a lower-case one keeps its text. The
   * token equals {@code new Token(start, end, text, type)}.
   */
  public static Token of(int start, int end, String text, Type type, char[] chars) {
    boolean upper = false;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (c >= 0x80) {
        return new Token(start, end, text, type);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return new Token(start, end, text, type, text);
    }
    char[] lower = new char[end - start];
    for (int k = start; k < end; k++) {
      char c = chars[k];
      lower[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new Token(start, end, text, type, new String(lower));
  }

  /**
   * The one-character strings of ASCII, made once: punctuation ("," "." "(") is about a token in
   * four, and each was a string of its own.
   */
  private static final String[] ASCII_CHARS = new String[0x80];

  static {
    for (char c = 0; c < ASCII_CHARS.length; c++) {
      ASCII_CHARS[c] = String.valueOf(c);
    }
  }

  /**
   * As {@link #of(int, int, String, Type, char[])} with the text {@code source.substring(start,
   * end)}: a one-character ASCII token takes a shared string instead of a copy. {@code chars} holds
   * the characters of {@code source}.
   */
  public static Token of(int start, int end, Type type, String source, char[] chars) {
    if (end - start == 1) {
      char c = chars[start];
      if (c < 0x80) {
        String text = ASCII_CHARS[c];
        return new Token(
            start, end, text, type, c >= 'A' && c <= 'Z' ? ASCII_CHARS[c + ('a' - 'A')] : text);
      }
    }
    return of(start, end, source.substring(start, end), type, chars);
  }

  /** Coarse token classes. */
  public enum Type {
    WORD,
    NUMBER,
    PUNCTUATION,
    SYMBOL
  }

  public boolean isCapitalised() {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    // ASCII without the code point and class calls: its only upper-case letters are A to Z
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
  }

  /** True for a word that ends with a period: "U.S.", "Dr.", an initial "J.". */
  public boolean isAbbreviation() {
    return type == Type.WORD && text.length() > 1 && text.charAt(text.length() - 1) == '.';
  }

  /**
   * The hyphen-separated parts of a compound word, with their own offsets: "EU-Morocco" gives "EU"
   * and "Morocco". A token without internal hyphens gives itself alone.
   */
  public List<Token> parts() {
    if (!isCompound()) {
      return List.of(this);
    }
    List<Token> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isHyphen(text.charAt(i))) {
        if (i > from) {
          String part = text.substring(from, i);
          boolean number = part.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
          parts.add(new Token(start + from, start + i, part, number ? Type.NUMBER : type));
        }
        from = i + 1;
      }
    }
    return parts.size() <= 1 ? List.of(this) : List.copyOf(parts);
  }

  /**
   * Whether {@link #parts()} may give more than this token: a word or number with an internal
   * hyphen. Callers that read every token ask first and skip the list for the rest.
   */
  public boolean isCompound() {
    return (type == Type.WORD || type == Type.NUMBER) && hasHyphen(text);
  }

  private static boolean hasHyphen(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isHyphen(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
