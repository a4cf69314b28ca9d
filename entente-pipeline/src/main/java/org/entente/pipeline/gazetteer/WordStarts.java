package org.entente.pipeline.gazetteer;

/**
 * Where the words of a text start, for the gazetteer's walks: a word is a run of {@link
 * Folding#isWordChar word characters}. Found once per text and thread, so that the walk for actors
 * and the walk for places, which both start only at word starts, scan the text's characters once
 * between them. Thread-safe (one remembered text per thread).
 */
final class WordStarts {

  /** The last array asked about on this thread and its word starts: {chars, starts}. */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  private WordStarts() {}

  /**
   * The offsets in {@code chars} where a word starts, in order, after their count: {@code
   * starts[0]} is the count, {@code starts[1..count]} the offsets. The same array as the previous
   * call on this thread when it asked about the very same array, which must not have changed since.
   * Read only.
   */
  static int[] of(char[] chars) {
    Object[] last = LAST.get();
    if (last[0] == chars) {
      return (int[]) last[1];
    }
    int n = chars.length;
    int[] starts = new int[n / 4 + 16]; // running text has about a word per five characters
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!Folding.isWordChar(chars[i])) {
        i++;
        continue;
      }
      if (++count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
      }
      starts[count] = i;
      i++;
      while (i < n && Folding.isWordChar(chars[i])) {
        i++;
      }
    }
    starts[0] = count;
    last[0] = chars;
    last[1] = starts;
    return starts;
  }
}
