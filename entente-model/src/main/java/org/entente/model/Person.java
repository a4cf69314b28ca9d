package org.entente.model;

import java.util.List;

/**
 * A named official acting for a state or organisation.
 *
 * @param name the fullest form of the name in the text, without titles or honorifics
 * @param role the office as the text gives it, shortened to the office (no honorifics), or null
 * @param affiliation the actor code of the state or organisation they act for, or null
 * @param spans every mention, in the original text
 */
public record Person(String name, String role, String affiliation, List<Span> spans) {

  public Person {
    spans = List.copyOf(spans);
  }
}
