package org.entente.pipeline.gazetteer;

import java.time.LocalDate;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;

/**
 * One way of writing an actor, as a resource file gives it.
 *
 * @param text the alias as written in the file; its upper-case letters must be upper case in a text
 * @param code the actor code, or null for a guard (a phrase that must yield no actor)
 * @param kind the actor's kind; null for a guard
 * @param how the form; null for a guard
 * @param ambiguous whether the alias is also a common word or name and needs context guards
 * @param forename whether the alias is also a first name ("Chad", "Jordan"): then a capitalised
 *     word right after it (a surname) rules it out too
 * @param from first day of validity (publication date), or null
 * @param until last day of validity, or null
 * @param source file and line, for messages
 */
record Alias(
    String text,
    String code,
    ActorKind kind,
    ActorMention.How how,
    boolean ambiguous,
    boolean forename,
    LocalDate from,
    LocalDate until,
    String source) {

  boolean isGuard() {
    return code == null;
  }

  /** Whether the alias holds for a document published on {@code date}; null means today. */
  boolean validOn(LocalDate date) {
    if (date == null) {
      return until == null;
    }
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  boolean overlaps(Alias o) {
    LocalDate a0 = from == null ? LocalDate.MIN : from;
    LocalDate a1 = until == null ? LocalDate.MAX : until;
    LocalDate b0 = o.from == null ? LocalDate.MIN : o.from;
    LocalDate b1 = o.until == null ? LocalDate.MAX : o.until;
    return !a1.isBefore(b0) && !b1.isBefore(a0);
  }
}
