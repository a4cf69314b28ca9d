package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.entente.model.Document;
import org.entente.model.Meeting;
import org.entente.pipeline.Entente;

/** The meetings the default pipeline reads in a text, as "CHL+PER 2025-03-04; …" for tests. */
final class MeetingSummaries {

  private MeetingSummaries() {}

  static String of(String text, LocalDate published) {
    Document d = new Document("t", null, published, null, text);
    return Entente.pipeline().extract(d).meetings().stream()
        .map(m -> String.join("+", m.parties()) + " " + date(m))
        .collect(Collectors.joining("; "));
  }

  private static String date(Meeting m) {
    return m.date() == null ? "-" : m.date().toString();
  }
}
