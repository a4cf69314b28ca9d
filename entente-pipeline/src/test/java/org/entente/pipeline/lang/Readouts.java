package org.entente.pipeline.lang;

import java.time.LocalDate;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Person;
import org.entente.pipeline.Entente;

/**
 * Reads an invented readout through the default pipeline and picks records out of it, for tests.
 */
final class Readouts {

  static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 10);

  private Readouts() {}

  static Extraction read(String text) {
    return Entente.extract(new Document("t", null, PUBLISHED, null, text));
  }

  static Person person(Extraction e, String name) {
    return e.persons().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + e.persons()));
  }

  static Commitment commitment(Extraction e, String verb) {
    return e.commitments().stream()
        .filter(c -> c.action().startsWith(verb))
        .findFirst()
        .orElseThrow(() -> new AssertionError(verb + " not among " + e.commitments()));
  }
}
