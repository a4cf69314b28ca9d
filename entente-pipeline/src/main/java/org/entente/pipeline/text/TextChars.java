package org.entente.pipeline.text;

/**
 * The characters of a text as an array, made once per text and thread: the stages of one document
 * (sentence splitting, the title grammar's word scan, the gazetteer's two walks, the date tokens,
 * the repair's scans) all read the same text, and each copy of it was an allocation and a pass over
 * every character. The array is shared: callers read it and never write to it. Thread-safe (a few
 * remembered texts per thread).
 */
public final class TextChars {

  /** How many texts each thread remembers. */
  private static final int KEPT = 4;

  /**
   * Shorter texts are copied, not remembered: the readers of a line or a phrase (a dateline's first
   * 60 characters, a commitment's time words) would push the document's text out.
   */
  private static final int MIN_KEPT = 256;

  /**
   * The last texts asked about on this thread and their characters, {text, chars, text, chars,
   * ...}, the latest first. Several, so that a stage reading a passage of the text (a date stage
   * re-reading a paragraph, a dateline reader its first lines) between two readers of the whole
   * does not cost the next reader a copy.
   */
  private static final ThreadLocal<Object[]> LAST =
      ThreadLocal.withInitial(() -> new Object[2 * KEPT]);

  private TextChars() {}

  /**
   * The characters of {@code text}: the same array as an earlier call on this thread that asked
   * about the very same string, when it is one of the last few asked about and not short. Read
   * only.
   */
  public static char[] of(String text) {
    if (text.length() < MIN_KEPT) {
      return text.toCharArray();
    }
    Object[] last = LAST.get();
    for (int k = 0; k < last.length; k += 2) {
      if (last[k] == text) {
        return (char[]) last[k + 1];
      }
    }
    char[] chars = text.toCharArray();
    System.arraycopy(last, 0, last, 2, last.length - 2);
    last[0] = text;
    last[1] = chars;
    return chars;
  }
}
