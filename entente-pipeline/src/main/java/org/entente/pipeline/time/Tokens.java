package org.entente.pipeline.time;

import java.util.Arrays;
import java.util.Locale;
import org.entente.pipeline.text.CharClass;
import org.entente.pipeline.text.TextChars;

/**
 * The tokens of a text as the date grammar sees them: runs of letters (words), runs of ASCII digits
 * (numbers) and single other characters (punctuation); white space separates tokens and is not a
 * token. One pass, linear in the length of the text; words and numbers longer than {@link #MAX_KEY}
 * characters keep no lower-case key, so a megabyte without spaces costs one token.
 *
 * <p>Not thread-safe; one instance per call.
 */
final class Tokens {

  static final int WORD = 0;
  static final int NUMBER = 1;
  static final int PUNCT = 2;

  /** Longest word that gets a lower-case key; no entry of the word lists is longer. */
  static final int MAX_KEY = 24;

  private final CharSequence text;

  /** The text's characters: an array load per read instead of a call through CharSequence. */
  private final char[] chars;

  private int size;
  private int[] starts;
  private int[] ends;
  private int[] types;
  private String[] keys;
  private boolean[] starters;

  private final Vocabulary vocabulary;

  /**
   * Tokenises {@code text}; with a vocabulary, words and punctuation outside it get the key {@link
   * Vocabulary#UNKNOWN} (no allocation), without one every token keeps its lower-case text.
   */
  /**
   * A word glued to a number's ordinal suffix, as stored pages lose spaces: "18thto", "8thJune",
   * "29thof" after the digits.
   */
  private boolean gluedOrdinal(int s, int e) {
    if (e - s <= 2 || size == 0 || types[size - 1] != NUMBER || ends[size - 1] != s) {
      return false;
    }
    String suffix = text.subSequence(s, s + 2).toString().toLowerCase(Locale.ROOT);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  Tokens(CharSequence text, Vocabulary vocabulary) {
    this.text = text;
    this.vocabulary = vocabulary;
    char[] chars = TextChars.of(text.toString());
    this.chars = chars;
    int n = chars.length;
    // Running text has about a token per five characters: sized so, the arrays seldom grow.
    int capacity = n / 5 + 16;
    starts = new int[capacity];
    ends = new int[capacity];
    types = new int[capacity];
    keys = new String[capacity];
    starters = new boolean[capacity];
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (isSpace(c)) {
        i++;
      } else if (CharClass.isLetter(c)) {
        int s = i;
        while (i < n && CharClass.isLetter(chars[i])) {
          i++;
        }
        if (gluedOrdinal(s, i)) {
          add(s, s + 2, WORD); // "18thto 19thJune": the ordinal suffix, then the next word
          add(s + 2, i, WORD);
        } else {
          add(s, i, WORD);
        }
      } else if (c >= '0' && c <= '9') {
        int s = i;
        while (i < n && chars[i] >= '0' && chars[i] <= '9') {
          i++;
        }
        add(s, i, NUMBER);
      } else {
        add(i, i + 1, PUNCT);
        i++;
      }
    }
  }

  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
  private static boolean isSpace(char c) {
    return c < 0x80
        ? CharClass.isWhitespace(c) || c == ' '
        : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private void add(int s, int e, int type) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      types = Arrays.copyOf(types, cap);
      keys = Arrays.copyOf(keys, cap);
      starters = Arrays.copyOf(starters, cap);
    }
    starts[size] = s;
    ends[size] = e;
    types[size] = type;
    if (type == NUMBER || e - s > MAX_KEY) {
      keys[size] = Vocabulary.UNKNOWN;
    } else if (vocabulary != null) {
      int slot = vocabulary.slot(chars, s, e);
      keys[size] = vocabulary.key(slot);
      starters[size] = vocabulary.starts(slot);
    } else {
      keys[size] = text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
    }
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  /** True when token {@code i} may start an expression: a number or a word that opens one. */
  boolean known(int i) {
    return types[i] == NUMBER || vocabulary == null || starters[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && types[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && types[i] == NUMBER;
  }

  /** The lower-case text of token {@code i}, {@link Vocabulary#UNKNOWN}, or null out of range. */
  String key(int i) {
    return i >= 0 && i < size ? keys[i] : null;
  }

  /** True when token {@code i} exists and its lower-case text is {@code word}. */
  boolean is(int i, String word) {
    // The grammar asks this many times per token, mostly of a word of another length: that
    // comparison, inlined, spares the call to equals, which the client compiler does not inline.
    // A word of the vocabulary is the instance its key is (both interned): a hit is one compare.
    String key = key(i);
    return key == word || key != null && key.length() == word.length() && word.equals(key);
  }

  /** True when token {@code i} is a word that starts with an upper-case letter. */
  boolean isCapitalised(int i) {
    return isWord(i) && CharClass.isUpperCase(chars[starts[i]]);
  }

  /** True when token {@code i} is a word written in lower case at its start. */
  boolean isLowerWord(int i) {
    return isWord(i) && CharClass.isLowerCase(chars[starts[i]]);
  }

  /** True when token {@code i} directly follows token {@code i - 1}, without space. */
  boolean attached(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** The value of a number token of at most {@code maxDigits} digits, or -1. */
  int number(int i, int maxDigits) {
    if (!isNumber(i) || ends[i] - starts[i] > maxDigits) {
      return -1;
    }
    int v = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      v = v * 10 + (chars[k] - '0');
    }
    return v;
  }

  /** The number of digits of number token {@code i}, or 0 for any other token. */
  int digits(int i) {
    return isNumber(i) ? ends[i] - starts[i] : 0;
  }
}
