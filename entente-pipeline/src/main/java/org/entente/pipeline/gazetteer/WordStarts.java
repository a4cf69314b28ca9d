package org.entente.pipeline.gazetteer;

/**
 * Where the words of a text start, for the gazetteer's walks: a word is a run of {@link
 * Folding#isWordChar word characters}. Found once per text and thread, so that the walk for actors
 * and the walk for places, which both start only at word starts, scan the text's characters once
 * between them. Thread-safe (a few remembered texts per thread).
 */
final class WordStarts {

  /** How many arrays each thread remembers. */
  private static final int KEPT = 4;

  /**
   * The last arrays asked about on this thread and their word starts, {chars, starts, chars,
   * starts, ...}, the latest first: several, as a dateline reader's walk over the first lines comes
   * between the two walks over the whole text.
   */
  private static final ThreadLocal<Object[]> LAST =
      ThreadLocal.withInitial(() -> new Object[2 * KEPT]);

  /** Shorter arrays are scanned each time, not remembered (see {@code TextChars}). */
  private static final int MIN_KEPT = 256;

  private WordStarts() {}

  /**
   * The offsets in {@code chars} where a word starts, in order, after their count: {@code
   * starts[0]} is the count, {@code starts[1..count]} the offsets. The same array as an earlier
   * call on this thread that asked about the very same array, when it is one of the last few asked
   * about and not short; the array must not have changed since. Read only.
   */
  static int[] of(char[] chars) {
    if (chars.length < MIN_KEPT) {
      return scan(chars);
    }
    Object[] last = LAST.get();
    for (int k = 0; k < last.length; k += 2) {
      if (last[k] == chars) {
        return (int[]) last[k + 1];
      }
    }
    int[] starts = scan(chars);
    System.arraycopy(last, 0, last, 2, last.length - 2);
    last[0] = chars;
    last[1] = starts;
    return starts;
  }

  private static int[] scan(char[] chars) {
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
    return starts;
  }
}
