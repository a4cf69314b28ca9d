package org.entente.pipeline.text;

/**
 * The characters of a text as an array, made once per text and thread: the stages of one document
 * (sentence splitting, the title grammar's word scan, the gazetteer's two walks, the date tokens,
 * the repair's scans) all read the same text, and each copy of it was an allocation and a pass over
 * every character. The array is shared: callers read it and never write to it. Thread-safe (two
 * remembered texts per thread).
 */
public final class TextChars {

  /**
   * The last two texts asked about on this thread and their characters: {text, chars, text, chars},
   * the latest first. Two, so that a stage reading a passage of the text between two readers of the
   * whole (a date stage re-reading a paragraph) does not cost the next reader a copy.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[4]);

  private TextChars() {}

  /**
   * The characters of {@code text}: the same array as an earlier call on this thread that asked
   * about the very same string, when it is one of the last two asked about. Read only.
   */
  public static char[] of(String text) {
    Object[] last = LAST.get();
    if (last[0] == text) {
      return (char[]) last[1];
    }
    if (last[2] == text) {
      return (char[]) last[3];
    }
    char[] chars = text.toCharArray();
    last[2] = last[0];
    last[3] = last[1];
    last[0] = text;
    last[1] = chars;
    return chars;
  }
}
