package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round of bilateral talks told one partner at a time, and talks whose subject is the pair of
 * officials who held them. Invented texts, published on Thursday 6 March 2025.
 */
class BilateralRoundsTest {

  private static final String LEAD =
      "Peruvian Foreign Minister Andrés Villalobos Quesada and Chilean Foreign Minister Ana Rojas"
          + " attended the opening of the forum. ";

  private static String meetings(String text) {
    return MeetingSummaries.of(text, LocalDate.of(2025, 3, 6));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Rojas and Kenya's Foreign Minister, Amina Odhiambo, discussed maritime security on"
            + " Wednesday. | CHL+KEN 2025-03-05",
        "Kenya's Foreign Minister, Amina Odhiambo, and Rojas reviewed trade on Wednesday."
            + " | CHL+KEN 2025-03-05",
        "Villalobos and Kenya's Foreign Minister, Amina Odhiambo, signed a memorandum of"
            + " understanding on Wednesday, the first between the two countries."
            + " | KEN+PER 2025-03-05",
        "Villalobos and Rojas last met in Lima in May 2024. | CHL+PER 2024-05",
      })
  void aPairOfOfficialsOfTwoSidesHeldTalks(String sentence, String expected) {
    assertThat(meetings(LEAD + sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministers discussed maritime security.",
        "Villalobos and Rojas welcomed the work of their ministries.",
      })
  void noPairNoTalks(String sentence) {
    assertThat(meetings(LEAD + sentence)).isEmpty();
  }

  @Test
  void theTalksOfARoundTakeItsDayAndNotTheDatesOfWhatTheyDiscussed() {
    String text =
        "LIMA, March 6 (Wire) -- Chilean Foreign Minister Ana Rojas met three counterparts in"
            + " Lima on Wednesday, on the sidelines of a regional forum.\n\n"
            + "Rojas and Kenya's Foreign Minister, Amina Odhiambo, discussed the summit that"
            + " Kenya will host in Nairobi in November 2026.\n\n"
            + "Later in the day, Rojas held talks with Japanese Foreign Minister Kenji Sato.";
    assertThat(meetings(text)).isEqualTo("CHL+KEN 2025-03-05; CHL+JPN 2025-03-05");
  }

  @Test
  void theOfficeThatOpensAClauseStandsForItsLastHolder() {
    String text =
        "Chilean Foreign Minister Ana Rojas met Peruvian President Luis Vega in Lima on Tuesday."
            + " On Wednesday, the Minister held a working session with Japanese Foreign Minister"
            + " Kenji Sato.";
    assertThat(meetings(text)).isEqualTo("CHL+PER 2025-03-04; CHL+JPN 2025-03-05");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile, Peru, and Bolivia met on Wednesday. | BOL+CHL+PER 2025-03-05",
        "The foreign ministers of Chile, Peru and Bolivia met on Wednesday. | BOL+CHL+PER 2025-03-05",
        "Chile and Peru met on Wednesday. | CHL+PER 2025-03-05"
      })
  void aListOfSidesBeforeTheVerbMet(String sentence, String expected) {
    assertThat(meetings(sentence)).isEqualTo(expected);
  }
}
