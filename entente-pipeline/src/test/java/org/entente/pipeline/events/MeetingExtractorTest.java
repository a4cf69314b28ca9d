package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meetings found in fixture sentences written for these tests, through the default pipeline. */
class MeetingExtractorTest {

  private static List<Meeting> meetings(String text, String published) {
    Document d =
        new Document("t", null, published == null ? null : LocalDate.parse(published), null, text);
    Extraction e = Entente.pipeline().extract(d);
    return e.meetings();
  }

  private static String describe(List<Meeting> ms) {
    return ms.stream()
        .map(
            m ->
                String.join("+", m.parties())
                    + " "
                    + m.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + (m.place() == null ? "-" : m.place())
                    + " "
                    + (m.date() == null ? "-" : m.date().toString()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          German Chancellor Petra Vogel spoke by telephone with Canadian Prime Minister Daniel Roy on Wednesday. | 2026-05-14 | CAN+DEU phone - 2026-05-13
          Japanese Foreign Minister Aiko Tanaka held talks with Indonesian Foreign Minister Budi Santoso in Jakarta on Monday. | 2026-03-03 | IDN+JPN in_person Jakarta 2026-03-02
          Kenya's Foreign Minister Grace Wanjiru received Ethiopian Foreign Minister Dawit Bekele in Nairobi on Friday. | 2026-10-09 | ETH+KEN in_person Nairobi 2026-10-09
          Chilean Foreign Minister Ana Rojas met Argentine Foreign Minister Tomas Ferrer in Santiago on Monday. | 2026-11-10 | ARG+CHL in_person Santiago 2026-11-09
          The Secretary-General met today with Peruvian President Luis Quispe. | 2026-11-10 | PER+UN in_person - 2026-11-10
          HA NOI — Acting Minister of Foreign Affairs Tran Van Minh on October 3 held phone talks with Thai Foreign Minister Somchai Phan. | 2026-10-03 | THA+VNM phone - 2026-10-03
          Turkish Foreign Minister Emre Kaya on Monday paid an unannounced visit to Tripoli. | 2026-05-05 | LBY+TUR in_person Tripoli 2026-05-04
          Hungarian Foreign Minister Peter Nagy spoke following discussions held in Budapest with Moroccan Foreign Minister Samir Alaoui. | 2026-05-05 | HUN+MAR in_person Budapest -
          Peruvian Foreign Minister Ana Vega exchanged views with Chilean Foreign Minister Luis Ortiz on Monday. | 2026-03-10 | CHL+PER in_person - 2026-03-09
          Peruvian Foreign Minister Ana Vega also met the Director-General of the OAS, Luis Paz, on Monday. | 2026-03-10 | OAS+PER in_person - 2026-03-09
          Peruvian Foreign Minister Ana Vega met separately with Chilean Foreign Minister Luis Ortiz and Bolivian Foreign Minister Rosa Quispe on Monday. | 2026-03-10 | CHL+PER in_person - 2026-03-09; BOL+PER in_person - 2026-03-09
          # who invited is no sign of a future visit
          At the invitation of his Chilean counterpart, Peruvian Foreign Minister Ana Vega paid an official visit to Chile on Monday. | 2026-03-10 | CHL+PER in_person - 2026-03-09
          # a meeting told in the text's first sentence stays held when the next one announces another
          Ghanaian Foreign Minister Kofi Mensah met Togolese President Ama Dede in Lomé on Monday. They will soon organize the fifth session of the joint commission. | 2016-10-10 | GHA+TGO in_person Lomé 2016-10-10
          """)
  void findsMeetingsThatHappened(String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chilean Foreign Minister Ana Rojas will meet Argentine Foreign Minister Tomas Ferrer in Santiago next week. | 2026-11-10
          The two leaders agreed to meet on the sidelines of the G7 summit next month. | 2026-05-14
          Chilean Foreign Minister Ana Rojas did not meet Argentine Foreign Minister Tomas Ferrer. | 2026-11-10
          Chile's president called for restraint after Argentine troops crossed the border. | 2026-11-10
          Kenya received a letter from the Ethiopian Foreign Minister on Friday. | 2026-10-09
          Peru welcomed a Chilean court decision on the maritime border on Monday. | 2026-10-09
          Negotiators from Peru and Chile are to resume talks in Lima. | 2026-10-09
          Chilean President Ana Rojas praised the agenda of next week's NATO summit. | 2026-10-09
          Chile recalled its ambassador to Peru, Luis Mora, for consultations on Monday. | 2026-10-09
          """)
  void ignoresFutureDeniedAndNonMeetings(String text, String published) {
    assertThat(describe(meetings(text, published))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Brazilian Foreign Minister Lucas Prado met for an hour with Peruvian Foreign Minister Rosa Quispe on Tuesday. | 2026-05-14 | BRA+PER in_person - 2026-05-12
          Chilean Foreign Minister Ana Rojas spoke by phone on Monday with Mexican Foreign Secretary Luis Ortega, who met with Spanish Foreign Minister Carmen Ruiz in Madrid last month. | 2026-11-10 | CHL+MEX phone - 2026-11-09; ESP+MEX in_person Madrid 2026-10
          'MADRID, March 31 - Dutch Prime Minister Jan de Vries opened talks with Spanish Prime Minister Carmen Ruiz on Tuesday.' | 2026-03-31 | ESP+NLD in_person Madrid 2026-03-31
          'MADRID, March 31 - Dutch Prime Minister Jan de Vries met Spanish Prime Minister Carmen Ruiz in Portugal on Tuesday.' | 2026-03-31 | ESP+NLD in_person - 2026-03-31
          Britain's Prince Edward went to Kenya in November. | 2026-03-01 | GBR+KEN in_person - 2025-11
          Danish Prime Minister Erik Holm visited Spain in 1975 and Prime Minister Olaf Berg in 1990. | 2026-03-01 | DNK+ESP in_person - 1975; DNK+ESP in_person - 1990
          The Group of Seven -- Canada, France, Germany, Italy, Japan, Britain and the United States -- issued a statement after a Rome meeting yesterday. The managing director of the International Monetary Fund also took part in the meeting. The ministers recalled the approach agreed at the recent Lisbon summit. | 2026-04-09 | CAN+DEU+FRA+G7+GBR+IMF+ITA+JPN+USA in_person Rome 2026-04-08; CAN+DEU+FRA+G7+GBR+ITA+JPN+USA in_person Lisbon -
          Peruvian Foreign Minister Rosa Quispe said Norway, which she visited two weeks ago, backed the plan. | 2026-05-20 | NOR+PER in_person - 2026-05-06
          Chilean President Ana Rojas met Peruvian President Rosa Quispe in Lima on Monday. The declaration that the leaders signed on Tuesday is short. | 2026-05-20 | CHL+PER in_person Lima 2026-05-18; CHL+PER in_person - 2026-05-19
          """)
  void readsDurationsRelativeClausesJourneysGroupsAndDatelines(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @Test
  void oneOrganisationsMeetingToldFromSeveralSidesIsOneMeetingOnTheLeadsDay() {
    Document d =
        new Document(
            "t",
            null,
            LocalDate.of(2026, 5, 22),
            "Chile takes its case to the UN",
            "Chile took its case to the United Nations Security Council on Friday. Chilean Foreign"
                + " Minister Ana Rojas told the U.N. meeting that the border must stay open. Also"
                + " speaking at the United Nations meeting was Peruvian Foreign Minister Rosa"
                + " Quispe.");
    assertThat(describe(Entente.pipeline().extract(d).meetings()))
        .isEqualTo("CHL+PER+UN in_person - 2026-05-22");
  }

  @Test
  void headlineInPresentTenseDoesNotReportAVisitTheLeadPutsInTheFuture() {
    String text =
        "DANISH PRIME MINISTER VISITS SPAIN THIS WEEK\n\n"
            + "MADRID, March 22 - Danish Prime Minister Erik Holm begins a three-day visit to"
            + " Spain on Tuesday, officials said.";
    assertThat(describe(meetings(text, "2026-03-22"))).isEmpty();
  }

  @Test
  void aLongFirstSentenceWithItsPeriodIsALeadNotAHeadline() {
    String text =
        "LIMA — Chile and Peru inked two documents, opened branches of universities in Arica and"
            + " Tacna and marked the arrival of a cargo train from Santos to Cusco during President"
            + " of Chile Ana Rojas’s state visit to Peru on Wednesday.\n\n"
            + "Welcoming his Chilean counterpart at the presidential palace, Peruvian President Luis"
            + " Mora noted that Rojas’s visit will give impetus to the development of cooperation"
            + " between the countries, the presidency reported.";
    assertThat(MeetingSummaries.of(text, LocalDate.of(2025, 3, 6))).isEqualTo("CHL+PER 2025-03-05");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Kazakh Foreign Minister Aida Sultan met with Moldova's Foreign Minister Ion Rusu, Ukraine's Foreign Minister Petro Koval and Singapore's Foreign Minister Wei Tan in New York on Monday. | 2026-09-23 | KAZ+MDA in_person New York 2026-09-21; KAZ+UKR in_person New York 2026-09-21; KAZ+SGP in_person New York 2026-09-21
          Georgian Foreign Minister Nino Beridze hosted Azerbaijani Foreign Minister Elnur Aliyev and Turkish Foreign Minister Kerem Demir for talks in Batumi on Monday. | 2026-09-23 | AZE+GEO+TUR in_person Batumi 2026-09-21
          Kazakh Foreign Minister Aida Sultan met Moldova's Foreign Minister Ion Rusu and Ukraine's Foreign Minister Petro Koval together in New York on Monday. | 2026-09-23 | KAZ+MDA+UKR in_person New York 2026-09-21
          Kazakh Foreign Minister Aida Sultan met the foreign ministers of Moldova Ion Rusu, Ukraine Petro Koval and Singapore Wei Tan in New York on Monday. | 2026-09-23 | KAZ+MDA in_person New York 2026-09-21; KAZ+UKR in_person New York 2026-09-21; KAZ+SGP in_person New York 2026-09-21
          """)
  void meetingsWithSeveralNamedCounterpartsAreBilateralUnlessHeldTogether(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bratislava, April 28 (Agency) - Prime Minister Jan Novak (Nova-SD) and his Hungarian counterpart Peter Toth signed on Monday a memorandum on border bridges. | 2026-04-28 | HUN+SVK in_person Bratislava 2026-04-27
          Georgian Prime Minister Irakli Beradze and his Armenian counterpart Armen Sargsyan held a phone conversation, the second this month, on 16 November. | 2026-11-18 | ARM+GEO phone - 2026-11-16
          Pakistani Prime Minister Ali Raza made a phone call to Bangladeshi Prime Minister Rahima Begum on Wednesday. | 2026-11-18 | BGD+PAK phone - 2026-11-18
          Egyptian Foreign Minister Sameh Ali on Sunday made a phone contact with US Secretary of State Tom Hale. | 2026-11-18 | EGY+USA phone - 2026-11-15
          """)
  void aNoteInBracketsAfterANameAndADayWithinTheMonthNamed(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @Test
  void leadSentenceOnItsOwnLineIsBodyThoughNamesMakeMostOfItsCapitals() {
    // names and titles make 7 of its 10 long words capitalised, as in a title-case headline; its
    // full stop and its words in lower case make it the lead
    String text =
        "President Daniel Otieno on Tuesday spoke with UK Prime Minister Tom Hale on phone.\n\n"
            + "The two leaders discussed trade between Kenya and the UK.";
    assertThat(describe(meetings(text, "2026-04-29"))).isEqualTo("GBR+KEN phone - 2026-04-28");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          U.S. Secretary of State Mary Cole spoke by phone with Israeli Prime Minister Dan Levy and Palestinian President Omar Aziz on Sunday. | 2026-02-03 | ISR+USA phone - 2026-02-01; PSE+USA phone - 2026-02-01
          """)
  void splitsCallsIntoBilateralCalls(String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chilean Foreign Minister Ana Rojas held bilateral meetings with Peru, Bolivia and Ecuador in Quito on Monday. | 2026-04-08 | CHL+PER in_person Quito 2026-04-06; BOL+CHL in_person Quito 2026-04-06; CHL+ECU in_person Quito 2026-04-06
          "For Chilean President Ana Rojas there were three meetings today, each with Peru, Bolivia and Ecuador," her spokesman said. | 2026-04-08 | CHL+PER in_person - 2026-04-08; BOL+CHL in_person - 2026-04-08; CHL+ECU in_person - 2026-04-08
          Chilean Foreign Minister Ana Rojas met Peru, Bolivia and Ecuador in Quito on Monday. | 2026-04-08 | BOL+CHL+ECU+PER in_person Quito 2026-04-06
          Chilean Foreign Minister Ana Rojas held separate meetings on Monday with Peru's Minister of State for Foreign Trade Luis Vega and Bolivian Foreign Minister Eva Soto. | 2026-04-08 | CHL+PER in_person - 2026-04-06; BOL+CHL in_person - 2026-04-06
          """)
  void separateMeetingsWithSeveralPartnersAreBilateral(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Italian President Mario Rossi visits Ghana and Togo. | 2026-05-12 | GHA+ITA in_person - -; ITA+TGO in_person - -
          The envoy's visits to Mali and Niger were announced. | 2026-05-12 | ''
          """)
  void aVisitToSeveralStatesIsOneTripToEach(String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CASTRIES, May 8 - The Ambassador of Peru, Ana Rojas, and the High Commissioner of Ghana, Kofi Mensah, presented their credentials to the Governor General on Thursday. | 2026-05-08 | GHA+LCA in_person Castries 2026-05-07; LCA+PER in_person Castries 2026-05-07
          ACCRA, May 8 - Ambassador Ana Rojas of Peru presented her letters of credence to President Kofi Mensah on Monday. | 2026-05-08 | GHA+PER in_person Accra 2026-05-04
          """)
  void credentialsArePresentedOneEnvoyAtATime(String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ACCRA, March 11 -- Technical delegations from Ghana and Togo began two days of talks in Accra on Monday. | 2025-03-11 | GHA+TGO in_person Accra 2025-03-10
          CAIRO, June 5 -- Arab League Secretary-General Ali Mansour received IOM Director General Eva Hart on Wednesday. | 2025-06-05 | ARAB_LEAGUE+IOM in_person Cairo 2025-06-04
          """)
  void aDoubleDashEndsTheDatelineAndDelegationsFromStatesAreTheirSides(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Japanese Foreign Minister Aiko Tanaka met Indonesian Foreign Minister Budi Santoso in Jakarta on Monday. The two ministers met again over dinner in Jakarta on Monday. | 2026-03-03 | IDN+JPN in_person Jakarta 2026-03-02
          """)
  void mergesOneMeetingMentionedTwice(String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @Test
  void bilateralsOnTheSidelinesAfterADayAreOneEachAndTheSummitOneOfAll() {
    String text =
        "Ghana's Foreign Minister Kofi Boateng held three bilateral meetings on Tuesday on the"
            + " sidelines of the AU summit, with his counterparts from Togo, Benin and Niger.";
    assertThat(describe(meetings(text, "2025-09-24")))
        .isEqualTo(
            "GHA+TGO in_person - 2025-09-23; BEN+GHA in_person - 2025-09-23;"
                + " GHA+NER in_person - 2025-09-23; AU+BEN+GHA+NER+TGO in_person - 2025-09-23");
  }

  @Test
  void theDayOfAReportDatesTheReportNotTheTalks() {
    String text =
        "Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Soto have held talks"
            + " in Lima, the ministry said Friday.";
    assertThat(describe(meetings(text, "2025-09-27"))).isEqualTo("CHL+PER in_person Lima -");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Chilean Foreign Minister Ana Ruiz received a phone call on Tuesday from Peruvian Foreign"
            + " Minister Luis Soto.",
        "Chilean Foreign Minister Ana Ruiz met in Santiago on Tuesday with Peruvian Ambassador Luis"
            + " Soto.",
      })
  void aDayOrPlaceBetweenTheVerbAndThePartnerIsSkipped(String text) {
    List<Meeting> found = meetings(text, "2025-03-05");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).parties()).containsExactly("CHL", "PER");
    assertThat(found.get(0).date()).hasToString("2025-03-04");
  }

  @Test
  void aMeetingWithoutADateTakesTheDayOfTheOccasionReportedBeforeIt() {
    String text =
        "GENEVA, May 7 -- Kenya's foreign minister held talks with his Chilean counterpart on"
            + " Tuesday on the margins of a health conference.\n\n"
            + "They discussed vaccines and trade.\n\n"
            + "The minister also met Peru's foreign minister, with whom he reviewed fisheries.";
    List<Meeting> found = meetings(text, "2025-05-07");
    assertThat(found)
        .filteredOn(m -> m.parties().contains("PER"))
        .singleElement()
        .satisfies(m -> assertThat(m.date()).hasToString("2025-05-06"));
  }

  @Test
  void aRecentMeetingKeepsNoInheritedDate() {
    String text =
        "GENEVA, May 7 -- Kenya's foreign minister held talks with his Chilean counterpart on"
            + " Tuesday.\n\nThe minister said the recent meeting with Peru's foreign minister had"
            + " been useful.";
    List<Meeting> found = meetings(text, "2025-05-07");
    assertThat(found)
        .filteredOn(m -> m.parties().contains("PER"))
        .allSatisfy(m -> assertThat(m.date()).isNull());
  }

  @Test
  void aMeetingReportedAfterAnotherClausesFutureDateIsPastAndTakesThePastDay() {
    String text =
        "LIMA -- Chile and Peru agreed on Monday to resume talks on fisheries next month, the"
            + " ministry said after Chile's foreign minister Ana Rojas met Peru's deputy foreign"
            + " minister Luis Vega in Lima.";
    List<Meeting> found = meetings(text, "2025-05-03");
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.parties()).containsExactly("CHL", "PER");
              assertThat(m.date()).hasToString("2025-04-28");
            });
  }

  @Test
  void anEarlierSessionInAReducedRelativeIsAMeetingOfTheSidesCounted() {
    String text =
        "QUITO, July 22 -- The foreign ministers of Ecuador, Peru and Bolivia met in Quito"
            + " yesterday.\n\nThe three ministers reviewed the decisions of their second session,"
            + " held in Cusco in March 2024, and discussed border trade.";
    assertThat(describe(meetings(text, "2025-07-22")))
        .isEqualTo("BOL+ECU+PER in_person Quito 2025-07-21; BOL+ECU+PER in_person Cusco 2024-03");
  }

  @Test
  void aReducedRelativeWithoutASessionNounIsNoMeeting() {
    String text =
        "QUITO, July 22 -- The foreign ministers of Ecuador and Peru met in Quito yesterday."
            + "\n\nThe two ministers welcomed the elections, held in Lima in March 2024.";
    assertThat(describe(meetings(text, "2025-07-22")))
        .isEqualTo("ECU+PER in_person Quito 2025-07-21");
  }

  @Test
  void aPersonNamedAgainByTheFirstWordOfTheNameIsTheSamePerson() {
    String text =
        "MANILA, Oct 16 -- Philippine Foreign Secretary Teresa Lazaro will meet Malaysian Foreign"
            + " Minister Datuk Seri Aziz Rahman in Kuala Lumpur on Friday.\n\nAziz previously"
            + " met Lazaro in Manila in July.";
    assertThat(describe(meetings(text, "2025-10-16")))
        .isEqualTo("MYS+PHL in_person Manila 2025-07");
  }

  @Test
  void aFirstWordThatIsAlsoAnotherPersonsSurnameStaysTheirs() {
    String text =
        "SEOUL, June 13 -- President Kim Jae-won received Foreign Minister Ana Kim of Peru."
            + "\n\nKim later met Chilean President Luis Ortega.";
    assertThat(describe(meetings(text, "2025-06-13"))).contains("CHL+PER in_person");
  }

  @Test
  void aDayAndAPlaceSetOffByCommasStandBetweenAVerbAndItsGuest() {
    String text =
        "Addis Ababa, 5 February 2026: The Chairperson of the African Union Commission, Ana"
            + " Mbeki, received on Wednesday, 4 February 2026, at the Union's headquarters in Addis"
            + " Ababa, the Minister of Foreign Affairs of Denmark, Mr. Lars Holm.";
    assertThat(describe(meetings(text, "2026-02-05")))
        .isEqualTo("AU+DNK in_person Addis Ababa 2026-02-04");
  }

  @Test
  void aClauseAfterTheDayIsNoGuest() {
    String text =
        "LIMA, May 7 -- Chile's foreign minister Ana Rojas received on Tuesday, in Lima, Peru's"
            + " foreign minister Luis Vega.\n\nPeru's president Rosa Inca received the Chilean"
            + " minister on Wednesday, and Bolivia welcomed the talks.";
    assertThat(meetings(text, "2025-05-07"))
        .extracting(Meeting::parties)
        .containsOnly(List.of("CHL", "PER"));
  }

  @Test
  void anAudienceIsAMeetingAtTheDatelinesCityWrittenAsTheGazetteerWritesIt() {
    String text =
        "NAIROBI, March 4 -- Kenyan President Ruth Wanjiku granted an audience to the Ambassador"
            + " of Norway, Mr. Olav Berg, on Tuesday.";
    assertThat(describe(meetings(text, "2026-03-04")))
        .isEqualTo("KEN+NOR in_person Nairobi 2026-03-03");
    String received =
        "NAIROBI, March 4 -- The Ambassador of Norway, Mr. Olav Berg, was received in audience by"
            + " Kenyan President Ruth Wanjiku on Tuesday.";
    assertThat(describe(meetings(received, "2026-03-04")))
        .isEqualTo("KEN+NOR in_person Nairobi 2026-03-03");
  }

  @Test
  void aSigningYearsBeforeTheStoryIsTheInstrumentsHistoryNotAMeeting() {
    String text =
        "CAIRO, Oct 8 -- Egypt's foreign minister will travel to Athens on Sunday. In August 2020,"
            + " Egypt signed an agreement with Greece on their maritime boundary.";
    assertThat(meetings(text, "2022-10-08")).isEmpty();
    String recent = "CAIRO, Oct 8 -- Egypt signed an agreement with Greece on Thursday.";
    assertThat(describe(meetings(recent, "2022-10-08"))).startsWith("EGY+GRC in_person");
  }

  @Test
  void aMeetingOnTheSidelinesTakesTheRecentDayOfTheGathering() {
    String text =
        "SUVA, Aug 13 -- Foreign ministers of the Pacific Islands Forum met in Suva on Tuesday."
            + "\n\nThe meeting was chaired by Fiji's foreign minister.\n\nThe ministers recalled"
            + " that their leaders had met in Tonga on 8 September 2024.\n\n\"The ocean is our"
            + " home,\" the chair said.\n\nOn the sidelines, Australia's Foreign Minister Ann Lee"
            + " met Tuvalu's Foreign Minister, Teafa Manu.";
    assertThat(meetings(text, "2025-08-13"))
        .filteredOn(m -> m.parties().equals(List.of("AUS", "TUV")))
        .singleElement()
        .satisfies(m -> assertThat(m.date()).hasToString("2025-08-12"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The Minister of Foreign Affairs of Ghana spoke by phone with the Foreign Minister of Togo on Sunday. | 2025-09-10 | GHA+TGO phone - 2025-09-07
          The Ministers of Foreign Affairs of Ghana and Togo met today in Accra. | 2025-09-10 | GHA+TGO in_person Accra 2025-09-10
          The Ghanaian and Togolese presidents met on Sunday in Lomé. | 2025-09-10 | GHA+TGO in_person Lomé 2025-09-07
          Officials of Ghana and Togo met in Accra on Sunday to review the border demarcation. | 2025-09-10 | GHA+TGO in_person Accra 2025-09-07
          A delegation from Togo led by its Minister of Trade visited Ghana on Sunday. | 2025-09-10 | GHA+TGO in_person - 2025-09-07
          Ghanaian President Kofi Mensah is on a two-day official visit to Togo. | 2025-09-10 | GHA+TGO in_person - -
          On Monday, Minister Ana Rojas of Chile hosted a working lunch for her Argentine counterpart Jorge Paz. | 2025-09-10 | ARG+CHL in_person - 2025-09-08
          """)
  void readsUnnamedOfficesCoordinatedSidesGuestsAndDestinations(
      String text, String published, String expected) {
    assertThat(describe(meetings(text, published))).isEqualTo(expected);
  }

  @Test
  void anOrganisationNamedInAMinistersPortfolioIsNoParty() {
    String text =
        "The Foreign Minister of Ghana, Kofi Mensah, received on Monday Mrs. Ama Dede, Minister of"
            + " Foreign Affairs, Francophonie and Nationals Abroad of Togo.";
    assertThat(describe(meetings(text, "2025-09-10"))).isEqualTo("GHA+TGO in_person - 2025-09-08");
  }

  @Test
  void anOfficeWithForInItsTitleIsOneObjectAndAListAfterAGroupIsNotItsMembers() {
    String text =
        "Minister Ana Rojas of Chile met with the Secretary for Ocean Affairs of Peru on"
            + " Monday.\n\nChile will promote the talks on agreements with the European Union,"
            + " EFTA, Canada, Israel and Lebanon.";
    assertThat(describe(meetings(text, "2025-09-10"))).isEqualTo("CHL+PER in_person - 2025-09-08");
  }

  @Test
  void aCityThatAlsoNamesAnOrganisationIsWhereNotWho() {
    String text =
        "Turkish Foreign Minister Ali Demir met Japanese Foreign Minister Aiko Sato in Brussels on"
            + " Wednesday.";
    assertThat(describe(meetings(text, "2026-03-25")))
        .isEqualTo("JPN+TUR in_person Brussels 2026-03-25");
    String withEu =
        "Moroccan Foreign Minister Samir Alaoui held talks in Brussels with the EU High"
            + " Representative on Monday.";
    assertThat(describe(meetings(withEu, "2026-03-25"))).startsWith("EU+MAR in_person Brussels");
  }

  @Test
  void anEarlierCallOfTheSameSidesToldAfterTheirMeeting() {
    String lead =
        "ANKARA, March 24 - Turkish Foreign Minister Ali Demir met Japanese Foreign Minister Aiko"
            + " Sato in Ankara on Wednesday.\n\n";
    assertThat(
            describe(
                meetings(
                    lead
                        + "The meeting follows a phone conversation on March 2 in which the two"
                        + " chief envoys discussed shipping.",
                    "2026-03-25")))
        .contains("JPN+TUR phone - 2026-03-02");
    assertThat(
            describe(
                meetings(lead + "The two ministers had spoken by phone on March 2.", "2026-03-25")))
        .contains("JPN+TUR phone - 2026-03-02");
  }
}
