package org.entente.pipeline.repair;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A repaired text together with the map from its offsets back to the original text (as Lucene's
 * {@code CharFilter.correctOffset} does). Immutable.
 *
 * <p>The map is stored as sorted correction points: from repaired offset {@code at[i]} on, the
 * original offset is the repaired offset plus {@code diff[i]}, until the next point.
 */
public final class RepairedText {

  private final String text;
  private final int originalLength;
  private final int[] at;
  private final int[] diff;
  private final List<TextEdit> edits;

  private RepairedText(
      String text, int originalLength, int[] at, int[] diff, List<TextEdit> edits) {
    this.text = text;
    this.originalLength = originalLength;
    this.at = at;
    this.diff = diff;
    this.edits = edits;
  }

  /** The original text itself, unchanged. */
  public static RepairedText identity(String original) {
    return new RepairedText(original, original.length(), new int[0], new int[0], List.of());
  }

  /**
   * A repaired text with correction points; {@code at} must be strictly increasing and as long as
   * {@code diff}.
   */
  public static RepairedText of(String text, int originalLength, int[] at, int[] diff) {
    return of(text, originalLength, at, diff, List.of());
  }

  /**
   * As {@link #of(String, int, int[], int[])}, also listing the repairs made, in text order (for
   * reports and diagnostics; the offset map alone is authoritative).
   */
  public static RepairedText of(
      String text, int originalLength, int[] at, int[] diff, List<TextEdit> edits) {
    Objects.requireNonNull(text);
    if (at.length != diff.length) {
      throw new IllegalArgumentException("at and diff differ in length");
    }
    for (int i = 1; i < at.length; i++) {
      if (at[i] <= at[i - 1]) {
        throw new IllegalArgumentException("correction points not increasing at " + i);
      }
    }
    return new RepairedText(text, originalLength, at.clone(), diff.clone(), List.copyOf(edits));
  }

  public String text() {
    return text;
  }

  /** The length of the original text. */
  public int originalLength() {
    return originalLength;
  }

  /** The repairs made, in text order; empty for {@link #identity(String)}. */
  public List<TextEdit> edits() {
    return edits;
  }

  public boolean isIdentity() {
    return at.length == 0 && edits.isEmpty() && text.length() == originalLength;
  }

  /** The original offset of the character at repaired offset {@code offset}. */
  public int toOriginal(int offset) {
    int i = Arrays.binarySearch(at, offset);
    if (i < 0) {
      i = -i - 2;
    }
    int o = i < 0 ? offset : offset + diff[i];
    return Math.max(0, Math.min(originalLength, o));
  }

  /**
   * The original offset for an exclusive end at repaired offset {@code end}: the end of the
   * original characters that produced the last repaired character of the range.
   */
  public int toOriginalEnd(int end) {
    if (end <= 0) {
      return 0;
    }
    if (end >= text.length()) {
      return originalLength;
    }
    return Math.max(toOriginal(end - 1) + 1, Math.min(toOriginal(end), originalLength));
  }
}
