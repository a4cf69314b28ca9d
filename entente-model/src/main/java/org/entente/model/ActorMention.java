package org.entente.model;

/**
 * A place in the text that refers to a state or an organisation: a name ("Kingdom of Morocco"), a
 * demonym ("Moroccan"), a capital standing for its government ("Rabat said"), an acronym ("NATO").
 *
 * @param code the actor code (ISO 3166-1 alpha-3 for states, the common acronym for organisations)
 * @param kind state or organisation
 * @param how how the text refers to it
 * @param span where, in the original text
 */
public record ActorMention(String code, ActorKind kind, How how, Span span) {

  /** The form of a mention. */
  public enum How {
    NAME,
    DEMONYM,
    CAPITAL,
    ACRONYM,
    INSTITUTION
  }
}
