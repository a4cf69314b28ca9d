package org.entente.model;

/** What an actor code names. */
public enum ActorKind {
  /** A state, current (ISO 3166-1 alpha-3) or historical (SUN, YUG, DDR …). */
  STATE,
  /** An international organisation or one of its institutions, by acronym (EU, UN, NATO …). */
  ORGANISATION
}
