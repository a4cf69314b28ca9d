package org.entente.pipeline.actors;

/**
 * A proposed official: a name's token range, a title's token range and what is known of the
 * affiliation. The patterns create it, {@link AffiliationResolver} completes it; not thread-safe.
 */
final class OfficialCandidate {
  final int nameFrom;
  final int nameTo; // exclusive token index
  String name;
  String role;
  String affiliation;
  boolean explicit; // affiliation stated by the text, not inferred
  int titleFrom;
  int titleTo;
  String possessor; // a person's surname in "Rojas's adviser"

  OfficialCandidate(int nameFrom, int nameTo) {
    this.nameFrom = nameFrom;
    this.nameTo = nameTo;
  }

  /**
   * An official a list names at [{@code from}, {@code end}) after the one-word office at {@code
   * office}, with the state the text gives them.
   */
  static OfficialCandidate listed(int from, int end, String state, int office, String role) {
    OfficialCandidate c = new OfficialCandidate(from, end);
    c.affiliation = state;
    c.explicit = true;
    c.role = role;
    c.titleFrom = office;
    c.titleTo = office + 1;
    return c;
  }
}
