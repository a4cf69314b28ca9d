package org.entente.pipeline.repair;

/**
 * One repair: the original characters {@code [originalStart, originalEnd)} became the repaired
 * characters {@code [repairedStart, repairedEnd)}.
 *
 * @param originalStart start in the original text
 * @param originalEnd exclusive end in the original text
 * @param repairedStart start in the repaired text
 * @param repairedEnd exclusive end in the repaired text
 * @param kind what was repaired
 */
public record TextEdit(
    int originalStart, int originalEnd, int repairedStart, int repairedEnd, Kind kind) {

  /** What a repair undid. */
  public enum Kind {
    /** UTF-8 bytes decoded with a legacy charset, possibly in several layers. */
    MOJIBAKE,
    /** A curly quote or dash whose bytes were partly lost, restored from context. */
    LOSSY_PUNCTUATION,
    /** A NUL or other C0 control character, replaced by a space. */
    CONTROL
  }

  public TextEdit {
    if (originalStart < 0
        || originalEnd < originalStart
        || repairedStart < 0
        || repairedEnd < repairedStart) {
      throw new IllegalArgumentException("bad edit bounds");
    }
  }
}
