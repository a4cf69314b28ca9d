package org.entente.model;

/**
 * Something worth telling the user about a document that did not stop its processing: repaired
 * mojibake, a truncated oversized input, an undecodable byte run.
 *
 * @param severity how much it matters
 * @param message a sentence a person can act on
 * @param span where in the original text, or null when it concerns the whole document
 */
public record Diagnostic(Severity severity, String message, Span span) {

  /** How much a diagnostic matters. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }
}
