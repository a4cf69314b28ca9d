package org.entente.pipeline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into segments that no sentence crosses, from its line layout alone.
 *
 * <p>A blank line always ends a segment, so the headline of a document (its first line, followed by
 * a blank line) is a segment of its own. A single line break inside a paragraph ends a segment only
 * when one of the two lines is a list item ("- ", "• ", "* ", "1. ", "a) "), or when the line looks
 * like a heading: it has no final punctuation, it is short (or much shorter than the next line),
 * and the next line starts with a capital. A dateline on a line of its own ("RABAT, March 2") is
 * not a heading: it stays with the sentence that follows. Otherwise a line break is a space, as in
 * hard-wrapped text.
 *
 * <p>Linear in the length of the text; stateless.
 */
final class TextLayout {

  /** A half-open range of the text. */
  record Range(int start, int end) {}

  private static final int SHORT_LINE = 40;
  private static final int MAX_DATELINE = 60;

  private TextLayout() {}

  /** The segments of {@code text}, in order, each trimmed of the blank lines around it. */
  static List<Range> segments(CharSequence text) {
    return segments(text, TextChars.of(text.toString()));
  }

  /** As {@link #segments(CharSequence)}; {@code chars} holds the characters of {@code text}. */
  static List<Range> segments(CharSequence text, char[] chars) {
    List<Range> lines = lines(chars);
    List<Range> segments = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      Range line = lines.get(i);
      if (line == null) {
        continue;
      }
      if (start < 0) {
        start = line.start();
      }
      Range next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (next == null || breaksAfter(text, line, next)) {
        segments.add(new Range(start, line.end()));
        start = -1;
      }
    }
    return segments;
  }

  /** Every line, trimmed; null for a blank line. */
  private static List<Range> lines(char[] text) {
    List<Range> lines = new ArrayList<>();
    int n = text.length;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text[i] : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(trim(text, start, i));
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static Range trim(char[] text, int start, int end) {
    while (start < end && Tokenizer.isSeparator(text[start])) {
      start++;
    }
    while (end > start && Tokenizer.isSeparator(text[end - 1])) {
      end--;
    }
    return start < end ? new Range(start, end) : null;
  }

  private static boolean breaksAfter(CharSequence text, Range line, Range next) {
    if (isListItem(text, next)) {
      return true;
    }
    char first = text.charAt(next.start());
    if (isListItem(text, line)) {
      return !Character.isLowerCase(first);
    }
    char last = text.charAt(line.end() - 1);
    if (".!?…:;,。！？".indexOf(last) >= 0 || isDateline(text, line)) {
      return false;
    }
    int length = line.end() - line.start();
    int nextLength = next.end() - next.start();
    boolean startsBlock =
        Character.isUpperCase(first)
            || Character.isDigit(first)
            || "\"“‘«(".indexOf(first) >= 0
            || Character.isLetter(first) && !Character.isLowerCase(first);
    return startsBlock && (length <= SHORT_LINE || length * 5 <= nextLength * 3);
  }

  /** "- item", "• item", "* item", "1. item", "12) item", "a) item". */
  static boolean isListItem(CharSequence text, Range line) {
    int s = line.start();
    int n = line.end() - s;
    char c = text.charAt(s);
    if ("-•*·–—▪◦►‣".indexOf(c) >= 0) {
      return n > 2 && Character.isWhitespace(text.charAt(s + 1));
    }
    int i = 0;
    while (i < n && i < 3 && Character.isDigit(text.charAt(s + i))) {
      i++;
    }
    if (i == 0 && n > 1 && Character.isLowerCase(c) && text.charAt(s + 1) == ')') {
      i = 1;
    }
    return i > 0
        && i + 2 < n
        && (text.charAt(s + i) == '.' || text.charAt(s + i) == ')')
        && Character.isWhitespace(text.charAt(s + i + 1));
  }

  /** A short line such as "RABAT, March 2", "Santiago, Nov 27 (EFE).-" or "RABAT (MAP) -". */
  private static boolean isDateline(CharSequence text, Range line) {
    int n = line.end() - line.start();
    if (n > MAX_DATELINE || !Character.isUpperCase(text.charAt(line.start()))) {
      return false;
    }
    char last = text.charAt(line.end() - 1);
    boolean dash = last == '-' || last == '–' || last == '—';
    boolean comma = false;
    for (int i = line.start(); i < line.end(); i++) {
      comma |= text.charAt(i) == ',';
    }
    return dash || (comma || last == ')') && (Character.isDigit(last) || last == ')');
  }
}
