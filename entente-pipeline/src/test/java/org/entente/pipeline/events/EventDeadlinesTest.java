package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

class EventDeadlinesTest {

  @Test
  void undertakingDuringAVisitIsDueWhenTheVisitEnds() {
    String text =
        "OSLO, May 3 - Chilean President Ana Rojas begins a three-day state visit to Norway on"
            + " Tuesday, officials said.\n\nRojas will hold talks with Norwegian Prime Minister Erik"
            + " Dahl during the visit, her office said.";
    Document d = new Document("t", null, LocalDate.of(2026, 5, 3), null, text);
    Commitment c = Entente.extract(d).commitments().get(0);
    assertThat(c.deadline()).isNotNull();
    assertThat(c.deadline().text()).isEqualTo("during the visit");
    assertThat(c.deadline().due().toString()).isEqualTo("2026-05-07");
  }

  @Test
  void aPastEventDateDoesNotBoundAnUndertaking() {
    String text =
        "OSLO, May 3 - Chilean President Ana Rojas paid a visit to Norway in 2019.\n\nRojas will"
            + " hold talks with Norwegian Prime Minister Erik Dahl during the visit, her office"
            + " said.";
    Document d = new Document("t", null, LocalDate.of(2026, 5, 3), null, text);
    assertThat(Entente.extract(d).commitments()).allSatisfy(c -> assertThat(c.deadline()).isNull());
  }

  @Test
  void undertakingAboutAnOccasionTakesTheDateAnotherSentenceGivesIt() {
    String text =
        "Chile and Peru will sign a fisheries accord on June 12, officials said. The ceremony will"
            + " take place in Lima. Peruvian President Rosa Quispe said on Friday that Chilean"
            + " Foreign Minister Ana Rojas is planning to lead a delegation to the signing"
            + " ceremony.";
    Document d = new Document("t", null, LocalDate.of(2026, 5, 3), null, text);
    assertThat(Entente.extract(d).commitments())
        .anySatisfy(
            c -> {
              assertThat(c.action()).contains("delegation");
              assertThat(c.deadline().due().toString()).isEqualTo("2026-06-12");
            });
  }

  @Test
  void anOccasionOnTheWayIsAnUndertakingOfItsOwnAndTheSameOccasionToldTwiceIsOne() {
    String text =
        "Canadian Foreign Minister Anne Roy will attend a meeting of NATO defence ministers after"
            + " all, officials said. Roy will go to Brussels for a meeting of the North Atlantic"
            + " Treaty Organization on June 12 after a visit to Poland the day before, her office"
            + " said.";
    Document d = new Document("t", null, LocalDate.of(2026, 5, 3), null, text);
    assertThat(
            Entente.extract(d).commitments().stream()
                .map(c -> c.action() + " @ " + c.deadline().due())
                .toList())
        .containsExactly(
            "attend a meeting of NATO defence ministers after all @ 2026-06-12",
            "visit to Poland @ 2026-06-11");
  }
}
