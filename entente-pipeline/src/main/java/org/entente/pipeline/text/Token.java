package org.entente.pipeline.text;

/**
 * A token of the repaired text.
 *
 * @param start offset in the repaired text
 * @param end exclusive end offset
 * @param text the characters
 * @param type word, number, punctuation or symbol
 */
public record Token(int start, int end, String text, Type type) {

  /** Coarse token classes. */
  public enum Type {
    WORD,
    NUMBER,
    PUNCTUATION,
    SYMBOL
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
