package org.entente.pipeline.repair;

import java.util.Objects;

/**
 * The outcome of decoding raw bytes into text.
 *
 * @param text the decoded text; empty when {@code binary}
 * @param charset the name of the charset used (as Java names it), or null when {@code binary}
 * @param confidence how sure the choice of charset is, 0–100 (100 for a BOM, valid UTF-8 or a
 *     caller's override; ICU's score otherwise)
 * @param binary the bytes are not text (NUL bytes or many control bytes); callers report this as an
 *     error rather than process the text
 * @param lossy some bytes could not be decoded and became U+FFFD
 */
public record DecodedText(
    String text, String charset, int confidence, boolean binary, boolean lossy) {

  public DecodedText {
    Objects.requireNonNull(text, "text");
  }

  static DecodedText binaryContent() {
    return new DecodedText("", null, 100, true, false);
  }
}
