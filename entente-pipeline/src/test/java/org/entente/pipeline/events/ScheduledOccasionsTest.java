package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Occasions dated ahead with a possessive time expression are undertakings to hold them. */
class ScheduledOccasionsTest {

  private static List<String> scheduled(String text, String published) {
    Document d = new Document("t", null, LocalDate.parse(published), null, text);
    return Entente.pipeline().analyse(d).commitments().stream()
        .filter(c -> c.action().startsWith("hold the"))
        .map(ScheduledOccasionsTest::describe)
        .toList();
  }

  private static String describe(Commitment c) {
    return String.join("+", c.parties())
        + " "
        + c.action()
        + " @ "
        + (c.deadline() == null ? "-" : c.deadline().due());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Officials in Oslo expect next week's NATO summit in Madrid to be short. | 2026-05-06 | NATO hold the NATO summit in Madrid @ 2026-05-17
          Peruvian Foreign Minister Rosa Quispe prepared for next month's ministerial meeting in Quito. | 2026-05-06 | PER hold the ministerial meeting in Quito @ 2026-06-30
          """)
  void readsTheOccasionItsPartiesAndItsDate(String text, String published, String expected) {
    assertThat(scheduled(text, published)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Peruvian Foreign Minister Rosa Quispe left Monday's ministerial meeting in Quito early. | 2026-05-06
          Peruvian Foreign Minister Rosa Quispe praised last week's NATO summit in Madrid. | 2026-05-06
          Officials expect next week's summit to be short. | 2026-05-06
          Peruvian Foreign Minister Rosa Quispe praised next week's budget. | 2026-05-06
          """)
  void ignoresPastAmbiguousUnownedAndOtherThings(String text, String published) {
    assertThat(scheduled(text, published)).isEmpty();
  }
}
