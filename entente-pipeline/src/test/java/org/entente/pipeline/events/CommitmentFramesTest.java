package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Commitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause structures and frames of announced undertakings, on fiction texts of the genre. */
class CommitmentFramesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 10);

  private static List<Commitment> read(String body) {
    return CommitmentExtractorTest.commitments(body, PUBLISHED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile's Foreign Minister Ana Ruiz will be visiting Peru tomorrow to discuss trade."
            + "|visit Peru|CHL PER",
        "Chile's Foreign Minister Ana Ruiz will visit Peru on 12 March.|visit Peru|CHL PER",
        "Chile's Foreign Minister Ana Ruiz will hold talks with Bolivia in Lima on Friday."
            + "|hold talks with Bolivia|BOL CHL",
        "Ghana will host a conference on Mali and Niger.|host a conference|GHA",
      })
  void framesBringTheVisitedAndTheMetButNotTheTopic(String body, String action, String parties) {
    List<Commitment> found = read(body);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).startsWith(action);
    assertThat(found.get(0).parties()).containsExactly(parties.split(" "));
  }

  @Test
  void readsAnOccasionAnnouncedInThePassiveAsAnUndertakingToHoldIt() {
    List<Commitment> found =
        read(
            "Chile and Peru reviewed their ties in Lima. The next meeting of the joint commission"
                + " will be held in Santiago on 20 April.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo("hold the next meeting of the joint commission");
    assertThat(found.get(0).parties()).containsExactly("CHL", "PER");
    assertThat(found.get(0).deadline().due()).hasToString("2026-04-20");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Peru reviewed their ties. The next Joint Council is expected to take place in"
            + " Santiago in May.|hold the next Joint Council|CHL PER|2026-05-31",
        "Chile and Peru reviewed their ties. The two agreed that the Joint Working Group on Mining"
            + " would meet in Lima on 4 June.|hold the Joint Working Group on Mining|CHL PER|2026-06-04",
        "Chile and Peru reviewed preparations for the summit of the Andean Community (CAN), to be"
            + " held in Quito in July.|hold the summit of the Andean Community|ANDEAN|2026-07-31",
        "Chile and Peru reviewed their ties. The next round of consultations between the two"
            + " ministries will be held in Lima in May.|hold the next round of consultations between"
            + " the two ministries|CHL PER|2026-05-31",
        "Chile and Peru reviewed their ties. The fourth session of the joint commission is"
            + " scheduled for June in Lima.|hold the fourth session of the joint commission|CHL"
            + " PER|2026-06-30",
        "Chile and Peru reviewed their ties. The next round is planned for October.|hold the"
            + " next round|CHL PER|2026-10-31",
        // a participle after the occasion
        "Chile and Peru reviewed preparations for the Chile-Peru Trade Congress, scheduled for"
            + " 12 June 2026 in Arica.|hold the Chile-Peru Trade Congress|CHL PER|2026-06-12",
        "Chile and Peru reviewed their ties. The fifth round of consultations, slated for next"
            + " month, will cover mining.|hold the fifth round of consultations|CHL PER|2026-04-30",
        // a year, then the place
        "Chile and Peru reviewed their ties. The fifth session of the joint commission is"
            + " scheduled for 2027 in Arica.|hold the fifth session of the joint commission|CHL"
            + " PER|2027-12-31",
      })
  void readsASessionAnnouncedWithTheBodyAsSubject(
      String body, String action, String parties, String due) {
    List<Commitment> found = read(body);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo(action);
    assertThat(found.get(0).parties()).containsExactly(parties.split(" "));
    assertThat(found.get(0).deadline().due()).hasToString(due);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a plan in the past tense is no date
        "Chile and Peru reviewed their ties. The fourth session was scheduled for June in Lima.",
        // a date that has passed
        "Chile and Peru reviewed their ties. The fourth session is scheduled for January 2025.",
        // no occasion as subject
        "Chile and Peru reviewed their ties. The fund is set for May.",
        // a participle whose date has passed
        "Chile and Peru reviewed the outcome of the Trade Congress, scheduled for 12 January 2026.",
      })
  void aScheduleInThePresentNeedsAnOccasionAndADateAhead(String body) {
    assertThat(read(body)).isEmpty();
  }

  @Test
  void aBodyMeetsButAVisitDoesNot() {
    assertThat(read("Chile and Peru said the visit would meet every expectation.")).isEmpty();
  }

  @Test
  void readsAnUndertakingInThePassiveWithItsObjectAsSubject() {
    List<Commitment> found =
        read("A memorandum on fisheries will be signed between Chile and Peru next month.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).startsWith("sign a memorandum on fisheries");
    assertThat(found.get(0).parties()).containsExactly("CHL", "PER");
    assertThat(found.get(0).deadline().due()).hasToString("2026-04-30");
  }

  @Test
  void leavesAnAgendaItemInThePassiveOut() {
    assertThat(read("The issue of fishing rights will be discussed by Chile and Peru.")).isEmpty();
  }

  @Test
  void keepsTwoDeadlinesOfTwoCoordinatedClausesApart() {
    List<Commitment> found =
        read(
            "Kenya pledged to host the maritime forum by 30 June, and Japan pledged to provide two"
                + " patrol vessels before the end of the year.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).parties()).containsExactly("KEN");
    assertThat(found.get(0).deadline().due()).hasToString("2026-06-30");
    assertThat(found.get(1).parties()).containsExactly("JPN");
    assertThat(found.get(1).deadline().due()).hasToString("2026-12-31");
  }

  @Test
  void endsAnActionWhereACoordinatedClauseWithItsOwnSubjectBegins() {
    List<Commitment> found =
        read(
            "The Chilean president will visit Lima from 4 to 5 May and the Bolivian president"
                + " will visit from 8 to 9 May.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).action()).isEqualTo("visit Lima");
    assertThat(found.get(0).deadline().due()).hasToString("2026-05-05");
    assertThat(found.get(1).parties()).containsExactly("BOL");
    assertThat(found.get(1).deadline().due()).hasToString("2026-05-09");
  }

  @Test
  void readsActsAndNamedOccasionsThatAnAdjectivePutsAhead() {
    List<Commitment> found =
        read(
            "The ministers highlighted Chile's upcoming hand-over of two patrol vessels to Peru and"
                + " the handover of the Pacific Forum presidency from Peru to Chile in 2027. They"
                + " also discussed the forthcoming Andean Forum Summit.");
    assertThat(found)
        .extracting(Commitment::action)
        .containsExactly(
            "hand over two patrol vessels to Peru",
            "hand over the Pacific Forum presidency from Peru to Chile",
            "hold the Andean Forum Summit");
    assertThat(found.get(0).parties()).containsExactly("CHL");
    assertThat(found.get(1).deadline().due()).hasToString("2027-12-31");
  }

  @Test
  void leavesAnUnnamedUpcomingOccasionToItsAnnouncement() {
    assertThat(read("Officials said the upcoming talks are being held in hard conditions."))
        .isEmpty();
  }

  @Test
  void readsDatesWhoseOrdinalsLostTheirSpaces() {
    List<Commitment> found = read("The Chilean president will visit Lima from 18thto 19thJune.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).deadline().due()).hasToString("2026-06-19");
  }

  @Test
  void anUpcomingVisitIsAnUndertakingOfTheTravellerAndTheStateVisited() {
    List<Commitment> found =
        read(
            "Chile and Argentina reviewed their ties. They also prepared the upcoming state visit"
                + " of Chile's President to Peru in May.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo("visit Peru");
    assertThat(found.get(0).parties()).containsExactly("CHL", "PER");
    assertThat(found.get(0).deadline().due()).hasToString("2026-05-31");
    // a visit with no destination after it is another mention of a visit told elsewhere
    assertThat(read("Chile and Peru reviewed their ties during the upcoming visit.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Peru agreed on reopening the border crossing.|reopen the border crossing",
        "Chile and Peru agreed on Monday to reopen the border crossing.|reopen the border crossing",
      })
  void anUndertakingAgreedOnIsItsVerbInIngButNotItsDay(String body, String action) {
    List<Commitment> found = read(body);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo(action);
    assertThat(found.get(0).parties()).containsExactly("CHL", "PER");
  }

  @Test
  void aDashBetweenTwoNamesJoinsThemAndTheDeadlineAfterIsRead() {
    List<Commitment> found =
        read(
            "Chile and Peru agreed to hold the annual Chile–Peru Ministerial Forum in Lima in"
                + " November.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo("hold the annual Chile–Peru Ministerial Forum");
    assertThat(found.get(0).deadline().due().toString()).isEqualTo("2026-11-30");
  }

  @Test
  void aNamesAcronymInBracketsStaysInTheActionAndTheDeadlineAfterIsRead() {
    List<Commitment> found =
        read("Chile agreed to launch the Andean Water Programme (AWP) before the end of the year.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).action()).isEqualTo("launch the Andean Water Programme (AWP)");
    assertThat(found.get(0).deadline().due().toString()).isEqualTo("2026-12-31");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Peru agreed to review the fisheries treaty, in force since May 2019, before the"
            + " end of the year.|review|2026-12-31",
        "Chilean Foreign Minister Ana Rojas said Chile would finance a study of the new port, to"
            + " be completed by the end of 2027.|finance|2027-12-31",
      })
  void theDeadlineAfterAnAsideBetweenCommasIsTheActions(String body, String verb, String due) {
    Commitment c =
        read(body).stream().filter(x -> x.action().startsWith(verb)).findFirst().orElseThrow();
    assertThat(c.deadline()).isNotNull();
    assertThat(c.deadline().due().toString()).isEqualTo(due);
  }

  @Test
  void aFrontedTimeOfThePublicationDayDatesAnOccasionAnnouncedForIt() {
    List<Commitment> found =
        read(
            "This evening, Chilean President Ana Rojas will host a dinner in honour of the Peruvian"
                + " president.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).deadline().due().toString()).isEqualTo("2026-03-10");
  }
}
