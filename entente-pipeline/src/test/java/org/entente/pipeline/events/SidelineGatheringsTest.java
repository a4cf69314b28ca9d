package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Talks held on the sidelines of an organisation's gathering report the gathering too: one meeting
 * of the organisation and of every side of the talks held there. Invented texts, published on
 * Thursday 6 March 2025.
 */
class SidelineGatheringsTest {

  private static String meetings(String text) {
    return MeetingSummaries.of(text, LocalDate.of(2025, 3, 6));
  }

  @Test
  void talksOnTheSidelinesOfASummitReportTheSummit() {
    String text =
        "Chilean Foreign Minister Ana Rojas held talks with her Japanese counterpart Kenji Sato on"
            + " Wednesday on the sidelines of the APEC summit.";
    assertThat(meetings(text)).isEqualTo("CHL+JPN 2025-03-05; APEC+CHL+JPN 2025-03-05");
  }

  @Test
  void everyTalksOfOneGatheringJoinItsMeeting() {
    String text =
        "Chilean Foreign Minister Ana Rojas met Kenya's Foreign Minister Amina Odhiambo on"
            + " Wednesday on the sidelines of the African Union summit in Addis Ababa.\n\n"
            + "Rojas also met Ghanaian Foreign Minister Kofi Mensah on Wednesday on the sidelines"
            + " of the African Union summit.";
    assertThat(meetings(text))
        .isEqualTo("CHL+KEN 2025-03-05; CHL+GHA 2025-03-05; AU+CHL+GHA+KEN 2025-03-05");
  }

  @Test
  void aGatheringThatNamesNoOrganisationIsNoMeeting() {
    String text =
        "Chilean Foreign Minister Ana Rojas held talks with her Japanese counterpart Kenji Sato on"
            + " Wednesday on the sidelines of a regional forum.";
    assertThat(meetings(text)).isEqualTo("CHL+JPN 2025-03-05");
  }

  @Test
  void talksWithTheOrganisationsOwnOfficialAddNoGathering() {
    String text =
        "Chilean Foreign Minister Ana Rojas met African Union Commission Chairperson Moussa Diarra"
            + " on Wednesday on the sidelines of the African Union summit.";
    assertThat(meetings(text)).isEqualTo("AU+CHL 2025-03-05");
  }

  @Test
  void theStateOfTheGatheringsCityIsNoSide() {
    String text =
        "On the sidelines of a regional summit, held on Wednesday in Valletta, Malta, the Chilean"
            + " foreign minister met her Japanese counterpart Kenji Sato.";
    assertThat(meetings(text)).isEqualTo("CHL+JPN 2025-03-05");
  }

  @Test
  void theStateOfACityPlacedByADirectionIsNoSide() {
    String text =
        "Indian Foreign Minister Ravi Menon held talks with his Pakistani counterpart Imran Qadir"
            + " in Qingdao, east China, on Wednesday.";
    assertThat(meetings(text)).isEqualTo("IND+PAK 2025-03-05");
  }
}
