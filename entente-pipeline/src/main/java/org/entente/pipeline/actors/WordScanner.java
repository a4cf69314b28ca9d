package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.text.CharClass;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.TextChars;
import org.entente.pipeline.text.Token;

/**
 * Splits text into word and punctuation tokens for the title grammar: words keep internal
 * apostrophes, hyphens and the periods of abbreviations and initials ("U.S.", "R."). Linear; words
 * longer than {@link #MAX_WORD} characters are cut.
 */
final class WordScanner {

  static final int MAX_WORD = 64;

  private WordScanner() {}

  static List<Token> scan(CharSequence text) {
    return scan(text, List.of());
  }

  /**
   * As {@link #scan(CharSequence)}, taking a token of {@code sentences} (the splitter's, over the
   * same text) where it is the very token this scan makes: most words are, and reusing them saves
   * the copy of their text and of its lower case.
   */
  static List<Token> scan(CharSequence text, List<Sentence> sentences) {
    SplitterTokens known = new SplitterTokens(sentences);
    // One array of the text's characters: the scan reads each several times, and an array load
    // is far cheaper than a call through CharSequence under the launcher's client compiler.
    String s = text.toString();
    char[] a = TextChars.of(s);
    int n = a.length;
    List<Token> out = new ArrayList<>(n / 5 + 16); // about a token per five characters
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (CharClass.isWhitespace(c)) {
        i++;
        continue;
      }
      if (CharClass.isLetterOrDigit(c)) {
        int start = i;
        i++;
        while (i < n && i - start < MAX_WORD) {
          char d = a[i];
          if (CharClass.isLetterOrDigit(d)
              || d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.')
              && i + 1 < n
              && CharClass.isLetterOrDigit(a[i + 1])
              && !(d == '.' && !isInitialRun(a, start, i))) {
            i++;
          } else if (d == '.' && isInitialRun(a, start, i)) {
            i++; // "U.S." and "R.": keep the closing period of an abbreviation
            break;
          } else {
            break;
          }
        }
        int prefix = prefixEnd(a, start, i);
        if (prefix > start) {
          // "then-Secretary", "ex-President": the prefix is a word of its own
          out.add(Token.of(start, prefix, s.substring(start, prefix), Token.Type.WORD, a));
          start = prefix;
        }
        Token.Type type = typeOf(a, start, i);
        Token same = known.at(start, i, type);
        out.add(same != null ? same : Token.of(start, i, type, s, a));
        continue;
      }
      out.add(Token.of(i, i + 1, Token.Type.PUNCTUATION, s, a));
      i++;
    }
    return out;
  }

  /** The splitter's tokens, read in text order by a scan that moves forward. */
  private static final class SplitterTokens {
    private final List<Sentence> sentences;
    private int sentence;

    /** The tokens of sentence {@code sentence}, or null before it is read; and their count. */
    private List<Token> tokens;

    private int size;
    private int token;

    SplitterTokens(List<Sentence> sentences) {
      this.sentences = sentences;
    }

    /**
     * The splitter's token {@code [start, end)} of {@code type}, or null; starts never decrease.
     * Asked at every word: the sentence's list and its size are kept, not asked for each time.
     */
    Token at(int start, int end, Token.Type type) {
      while (true) {
        if (tokens == null) {
          if (sentence >= sentences.size()) {
            return null;
          }
          tokens = sentences.get(sentence).tokens();
          size = tokens.size();
          token = 0;
        }
        while (token < size && tokens.get(token).start() < start) {
          token++;
        }
        if (token < size) {
          Token t = tokens.get(token);
          return t.start() == start && t.end() == end && t.type() == type ? t : null;
        }
        sentence++;
        tokens = null;
      }
    }
  }

  private static int prefixEnd(char[] text, int start, int end) {
    char first = text[start];
    if (first != 't' && first != 'e' && first != 'T' && first != 'E') {
      return start; // no prefix starts otherwise
    }
    for (String p : PREFIXES) {
      if (end - start > p.length() + 1 && regionIs(text, start, p)) {
        return start + p.length();
      }
    }
    return start;
  }

  private static final String[] PREFIXES = {"then-", "ex-", "Then-", "Ex-"};

  private static boolean regionIs(char[] text, int start, String p) {
    for (int k = 0; k < p.length(); k++) {
      if (text[start + k] != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text[start, dot)} is a single capital letter or dotted letters ("U.S"). */
  private static boolean isInitialRun(char[] text, int start, int dot) {
    int len = dot - start;
    if (len == 1) {
      return CharClass.isUpperCase(text[start]);
    }
    for (int k = start; k < dot; k++) {
      char ch = text[k];
      boolean letterPos = (k - start) % 2 == 0;
      if (letterPos ? !CharClass.isLetter(ch) : ch != '.') {
        return false;
      }
    }
    return true;
  }

  private static Token.Type typeOf(char[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (CharClass.isLetter(text[k])) {
        return Token.Type.WORD;
      }
    }
    return Token.Type.NUMBER;
  }

  /** The words of a phrase, for lexicon keys. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : scan(phrase)) {
      out.add(t.text());
    }
    return out;
  }
}
