package org.entente.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a range of text into {@link Token tokens}: words in any script, numbers, punctuation and
 * symbols. Whitespace, control and format characters separate tokens and belong to none.
 *
 * <p>Words keep internal apostrophes ("Morocco’s") and hyphens ("EU-Morocco"; {@link Token#parts()}
 * gives the parts). A word ends with its period when it is a listed abbreviation ("Dr.", "Inc."), a
 * run of single letters with periods ("U.S.", "a.m.") or a capital initial ("J."). Numbers keep
 * internal commas and periods between digits ("1,500", "3.5"). Runs of sentence-ending marks
 * ("...", "?!") are one token. URLs and e-mail addresses are one SYMBOL token.
 *
 * <p>One pass, no regular expressions: time is linear in the length of the range. No token is
 * longer than {@link #MAX_TOKEN_LENGTH} characters; a longer run is cut into several tokens.
 * Immutable and thread-safe.
 */
public final class Tokenizer {

  /** The longest token, in UTF-16 code units; longer runs are cut. */
  public static final int MAX_TOKEN_LENGTH = 256;

  private static final int MAX_EMAIL_LOCAL_PART = 64;

  private final Abbreviations abbreviations;

  /** A tokenizer with the bundled abbreviations. */
  public Tokenizer() {
    this(Abbreviations.defaults());
  }

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
  }

  /** All tokens of {@code text}. */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /**
   * The tokens of {@code text} between {@code start} (inclusive) and {@code end} (exclusive), with
   * offsets into {@code text}. Never throws on content.
   *
   * @throws IndexOutOfBoundsException when the range is not within {@code text}
   */
  public List<Token> tokenize(CharSequence text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    String s = text.toString();
    return tokenize(s, TextChars.of(s), start, end);
  }

  /**
   * As {@link #tokenize(CharSequence, int, int)}, over {@code chars}, the characters of {@code
   * text}, which a caller tokenizing many ranges of one text makes once: the scans read an array,
   * far cheaper per character than a call through CharSequence under the launcher's client
   * compiler.
   */
  List<Token> tokenize(String text, char[] chars, int start, int end) {
    List<Token> tokens = new ArrayList<>((end - start) / 5 + 16); // about a token per five chars
    int nextAt = start - 1; // the first '@' at or after p, or end; recomputed once p passes it
    int p = start;
    while (p < end) {
      int c = codePointAt(chars, p, end);
      if (isSeparator(c)) {
        p += Character.charCount(c);
        continue;
      }
      if (nextAt < p) {
        nextAt = indexOfAt(chars, p, end);
      }
      int q = scanLink(chars, p, end, nextAt);
      Token.Type type = Token.Type.SYMBOL;
      if (q < 0 && isWordChar(c)) {
        q = scanWord(chars, p, end);
        type = hasLetter(chars, p, q) ? Token.Type.WORD : Token.Type.NUMBER;
        if (type == Token.Type.WORD) {
          q = withAbbreviationPeriod(chars, p, q, end);
        }
      } else if (q < 0 && isTerminal(c)) {
        q = scanRun(chars, p, end, true, c);
        type = Token.Type.PUNCTUATION;
      } else if (q < 0 && isPunctuation(c)) {
        q = scanRun(chars, p, end, false, c);
        type = Token.Type.PUNCTUATION;
      } else if (q < 0) {
        q = p + Character.charCount(c);
      }
      tokens.add(Token.of(p, q, type, text, chars));
      p = q;
    }
    return tokens;
  }

  /** The end of a word or number starting at {@code p}. */
  private static int scanWord(char[] text, int p, int end) {
    int limit = Math.min(end, p + MAX_TOKEN_LENGTH);
    int q = p;
    int last = -1;
    while (q < limit) {
      char ch = text[q];
      if (ch < 0x80 && CharClass.isLetterOrDigit(ch)) {
        q++; // the common case, without the code point and class calls below
        last = ch;
        continue;
      }
      int c = codePointAt(text, q, end);
      if (isWordChar(c)) {
        if (q + Character.charCount(c) > limit) {
          break;
        }
        q += Character.charCount(c);
        last = c;
        continue;
      }
      if (q + 1 >= limit) {
        break;
      }
      int next = codePointAt(text, q + 1, end);
      boolean joins =
          (c == '\'' || c == '’' || c < 0x10000 && Token.isHyphen((char) c))
                  && Character.isLetterOrDigit(last)
                  && Character.isLetterOrDigit(next)
              || (c == ',' || c == '.') && Character.isDigit(last) && Character.isDigit(next);
      if (!joins) {
        break;
      }
      q++;
    }
    return q;
  }

  /** Extends a word by its period when the result is an abbreviation. */
  private int withAbbreviationPeriod(char[] text, int p, int q, int end) {
    if (q >= end || text[q] != '.') {
      return q;
    }
    int s = p; // the last part of a hyphenated word: "China-U.S." ends with "U.S."
    for (int i = q - 1; i > p; i--) {
      if (Token.isHyphen(text[i - 1])) {
        s = i;
        break;
      }
    }
    if (q - s == 1 && Character.isLetter(text[s])) {
      // Single letters with periods: "U.S.", "a.m.", "U.S.A.".
      int r = q + 1;
      while (r + 1 < end
          && r + 2 - p <= MAX_TOKEN_LENGTH
          && Character.isLetter(text[r])
          && text[r + 1] == '.') {
        r += 2;
      }
      if (r > q + 1 || s == p && Character.isUpperCase(text[p])) {
        return r; // also a capital initial: "J."
      }
    }
    if (q - p < 16 && abbreviations.contains(new String(text, p, q + 1 - p))) {
      return q + 1;
    }
    return q;
  }

  /** The end of a run of sentence-ending marks, or of one repeated punctuation character. */
  private static int scanRun(char[] text, int p, int end, boolean terminal, int first) {
    int limit = Math.min(end, p + MAX_TOKEN_LENGTH);
    int q = p + Character.charCount(first);
    while (q < limit) {
      char c = text[q];
      if (terminal ? !isTerminal(c) : c != first) {
        break;
      }
      q++;
    }
    return q;
  }

  /** The offset of the first '@' in {@code text[from, end)}, or {@code end}. */
  private static int indexOfAt(char[] text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (text[i] == '@') {
        return i;
      }
    }
    return end;
  }

  /**
   * The end of a URL or e-mail address starting at {@code p}, or -1. {@code nextAt} is the offset
   * of the first '@' at or after {@code p}, or {@code end}: without one no e-mail address starts.
   */
  private static int scanLink(char[] text, int p, int end, int nextAt) {
    char c = text[p];
    char second = p + 1 < end ? text[p + 1] : ' ';
    if ((c == 'h' || c == 'H') && (second == 't' || second == 'T')
        || (c == 'w' || c == 'W') && (second == 'w' || second == 'W')) {
      if (startsWithIgnoreCase(text, p, end, "http://")
          || startsWithIgnoreCase(text, p, end, "https://")
          || startsWithIgnoreCase(text, p, end, "www.")) {
        int limit = Math.min(end, p + MAX_TOKEN_LENGTH);
        int q = p;
        while (q < limit && isUrlChar(text[q])) {
          q++;
        }
        return trimLinkEnd(text, p, q);
      }
    }
    if (nextAt >= end || !isEmailChar(c)) {
      return -1;
    }
    int limit = Math.min(end, p + MAX_EMAIL_LOCAL_PART);
    int at = p;
    while (at < limit && isEmailChar(text[at])) {
      at++;
    }
    if (at == p || at >= end - 1 || text[at] != '@') {
      return -1;
    }
    int domainLimit = Math.min(end, p + MAX_TOKEN_LENGTH);
    int q = at + 1;
    boolean dot = false;
    while (q < domainLimit
        && (Character.isLetterOrDigit(text[q]) || text[q] == '-' || text[q] == '.')) {
      dot |= text[q] == '.';
      q++;
    }
    q = trimLinkEnd(text, at + 1, q);
    return dot && q > at + 1 && text[q - 1] != '.' && hasDotInside(text, at + 1, q) ? q : -1;
  }

  private static boolean hasDotInside(char[] text, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) {
      if (text[i] == '.') {
        return true;
      }
    }
    return false;
  }

  private static int trimLinkEnd(char[] text, int p, int q) {
    while (q > p && ".,;:!?)]}'\"’”-".indexOf(text[q - 1]) >= 0) {
      q--;
    }
    return q > p ? q : -1;
  }

  private static boolean startsWithIgnoreCase(char[] text, int p, int end, String prefix) {
    if (end - p < prefix.length() + 1) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase(text[p + i]) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUrlChar(char c) {
    return c > ' '
        && !Character.isWhitespace(c)
        && !Character.isSpaceChar(c)
        && !Character.isISOControl(c)
        && "\"<>“”«»".indexOf(c) < 0;
  }

  private static boolean isEmailChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+')
        || c == '-';
  }

  /** The code point at {@code i}, not reading at or past {@code end}; a lone surrogate as is. */
  private static int codePointAt(char[] text, int i, int end) {
    char c = text[i];
    if (Character.isHighSurrogate(c) && i + 1 < end) {
      char d = text[i + 1];
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private static boolean hasLetter(char[] text, int p, int q) {
    for (int i = p; i < q; ) {
      int c = codePointAt(text, i, q);
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Letters of any script, digits and combining marks. */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Marks that may end a sentence: ". ? ! …" and their full-width forms. */
  static boolean isTerminal(int c) {
    return c == '.' || c == '?' || c == '!' || c == '…' || c == '。' || c == '？' || c == '！'
        || c == '｡';
  }

  static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** Whitespace, control and format characters, which separate tokens. */
  static boolean isSeparator(int c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7F; // ASCII controls and the space; no ASCII char is FORMAT
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return true;
    }
    return Character.getType(c) == Character.FORMAT;
  }
}
