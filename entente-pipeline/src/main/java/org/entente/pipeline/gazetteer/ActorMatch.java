package org.entente.pipeline.gazetteer;

import org.entente.model.ActorKind;
import org.entente.model.ActorMention;

/**
 * A state or organisation named in a text: {@code [start, end)} in the text that was searched.
 *
 * @param start first char of the mention
 * @param end one past the last char (a plural {@code s} is included, a possessive {@code 's} not)
 * @param code the actor code (ISO 3166-1 alpha-3, a historical code such as SUN, or an acronym)
 * @param kind state or organisation
 * @param how the form of the mention
 */
public record ActorMatch(int start, int end, String code, ActorKind kind, ActorMention.How how) {}
