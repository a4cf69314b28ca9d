package org.entente.pipeline.gazetteer;

import org.entente.model.ActorKind;

/**
 * What the gazetteer knows about an actor code.
 *
 * @param code the actor code
 * @param name the common English name ("Morocco", "European Union")
 * @param kind state or organisation
 * @param demonym the English demonym ("Moroccan"); null for organisations and where unknown
 * @param capital the (first) capital; null for organisations and where there is none
 */
public record ActorInfo(String code, String name, ActorKind kind, String demonym, String capital) {}
