package org.entente.pipeline.intake;

/** An input that its format's reader refuses, with the reason in words a person can act on. */
final class UnreadableInput extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadableInput(String reason) {
    super(reason, null, false, false);
  }
}
