package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sessions of standing mechanisms (joint commissions, association councils, dialogues, rounds of
 * consultations) read as meetings, and what is not one: invented sentences, published on Wednesday
 * 5 March 2025.
 */
class MechanismSessionsTest {

  private static String meetings(String text) {
    return MeetingSummaries.of(text, LocalDate.of(2025, 3, 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The fifth round of Kenya-Zambia consultations was held in Lusaka on Monday."
            + " | KEN+ZMB 2025-03-03",
        "The 12th meeting of the EU-Ghana Association Council took place in Brussels on Monday."
            + " | EU+GHA 2025-03-03",
        "The Peru-Chile Joint Commission met in Lima on Tuesday. | CHL+PER 2025-03-04",
        "Uruguay and Vietnam co-chaired the 4th Joint Commission Meeting in Hanoi on Tuesday."
            + " | URY+VNM 2025-03-04",
        "Indian Foreign Secretary Ravi Anand called on Sri Lankan President Nimal Perera on"
            + " Tuesday. | IND+LKA 2025-03-04",
      })
  void aSessionHeldIsAMeeting(String text, String expected) {
    assertThat(meetings(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The session of the Joint Commission, co-chaired by the ministers of Ghana and Togo, will"
            + " be held in Lomé on 5 May.",
        "The ministers of Ghana and Togo called on Mali to release the detained soldiers.",
        "Elections were held in Ghana and Togo on Sunday.",
      })
  void noSessionHeld(String text) {
    assertThat(meetings(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aPastSessionOfTheMechanismInTheStoryIsBetweenItsSides() {
    String text =
        "Brazil's foreign minister will visit Angola on 12 March for the fourth meeting of the"
            + " Angola-Brazil Bilateral Commission, the Angolan ministry said.\n\n"
            + "The third meeting of the commission was held in Brasília in October 2022.";
    assertThat(meetings(text)).isEqualTo("AGO+BRA 2022-10");
  }

  @org.junit.jupiter.api.Test
  void theSidesLastMeetingIsABackgroundMeetingBetweenThem() {
    String text =
        "Chilean President Ana Ruiz spoke by phone with Peruvian President Luis Soto on Monday."
            + " The leaders last met in person on the margins of a regional summit in Quito in"
            + " November.";
    assertThat(meetings(text)).isEqualTo("CHL+PER 2025-03-03; CHL+PER 2024-11");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They last met in Santiago in May. | CHL+NOR 2025-03-03; CHL+NOR 2024-05",
        "They had last met in person in Oslo on 2 May. | CHL+NOR 2025-03-03; CHL+NOR 2024-05-02",
        "The previous session, held in Santiago in September 2021, set up a working group."
            + " | CHL+NOR 2025-03-03; CHL+NOR 2021-09",
        "They concluded that the talks had been useful. | CHL+NOR 2025-03-03",
        "They said the next session is set for May. | CHL+NOR 2025-03-03",
        "They reviewed progress since the 4th Session, which took place in Santiago in March 2023."
            + " | CHL+NOR 2025-03-03; CHL+NOR 2023-03",
        "The JWG last met in Oslo in 2019. | CHL+NOR 2025-03-03; CHL+NOR 2019",
        "They discussed the elections, which took place in March. | CHL+NOR 2025-03-03",
      })
  void anEarlierMeetingOfTheSidesInTheNextSentence(String next, String expected) {
    String text =
        "Norwegian Foreign Minister Kari Holm held talks in Oslo on Monday with Chilean Foreign"
            + " Minister Pedro Soto. "
            + next;
    assertThat(meetings(text)).isEqualTo(expected);
  }
}
