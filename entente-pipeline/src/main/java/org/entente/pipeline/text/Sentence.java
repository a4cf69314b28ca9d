package org.entente.pipeline.text;

import java.util.List;

/**
 * A sentence of the repaired text.
 *
 * @param start offset of its first character in the repaired text
 * @param end exclusive end offset in the repaired text
 * @param tokens its tokens, in order
 */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = FrozenList.copyOf(tokens);
  }

  public String text(CharSequence repaired) {
    return repaired.subSequence(start, end).toString();
  }
}
