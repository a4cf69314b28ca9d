package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentExtractorTest {

  static List<Commitment> commitments(String body, LocalDate published) {
    return Entente.pipeline().analyse(new Document("t", null, published, null, body)).commitments();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Peru agreed to build a bridge over the river.|build a bridge over the river|CHL PER",
        "Norway pledged to increase aid to Kenya.|increase aid to Kenya|NOR",
        "Chile and Peru tasked their officials with finalising the draft accord on visas.|finalise the draft accord on visas|CHL PER",
        "The Chilean president accepted an invitation to visit Peru.|visit Peru|CHL PER",
        "Kenya will host the next round of talks.|host the next round of talks|KEN",
        "Ghana is expected to sign the accord.|sign the accord|GHA",
        "Chile plans to open an embassy in Lima.|open an embassy|CHL",
        "Kenya is preparing to host the regional forum.|host the regional forum|KEN",
        "Officials said Peru would formally recognise the new government.|recognise the"
            + " new government|PER",
        // a headline's future: the party, its title and name, then "to"
        "Kenyan President Ana Otieno to visit Zambia.|visit Zambia|KEN ZMB",
        "The Chilean Foreign Minister Ana Rojas to attend the summit.|attend the summit|CHL",
        // passive undertakings in relative clauses
        "Norway announced EUR 20 million in aid for Kenya, to be disbursed in 2024.|disburse EUR"
            + " 20 million in aid for Kenya|NOR",
        "Chile and Peru initialled the accord, which will be signed in Lima next year.|sign the"
            + " accord in Lima|CHL PER",
        // a meeting dated or placed ahead needs no object; its subject may be an office in the
        // plural
        "Chile and Peru held talks. The two ministers will meet in Lima on 4 May.|meet in Lima|CHL"
            + " PER",
        "Chile and Peru held talks. It was decided that the foreign secretaries would meet in"
            + " Arica.|meet in Arica|CHL PER",
        "Chile and Peru held talks. It was decided that the two countries would open a consulate"
            + " in Arica.|open a consulate|CHL PER",
        // an undertaking agreed in a clause of "that", its subject the sides
        "Chile and Peru agreed that the two countries should open a consulate in Arica.|open a"
            + " consulate|CHL PER",
        // a decision taken, or an option chosen
        "Chile and Peru have taken a decision to open a consulate in Arica.|open a"
            + " consulate|CHL PER",
        "Chile and Peru opted to put the border issue before the joint commission.|put the border"
            + " issue before the joint commission|CHL PER",
        // measures or steps agreed, then their verb
        "Chile and Peru agreed on a number of measures to speed up customs checks at the"
            + " border.|speed up customs checks at the border|CHL PER",
        "Chile and Peru identified steps to promote trade in services.|promote trade in"
            + " services|CHL PER",
        // "have" heading an occasion announces it
        "Chilean President Ana Rojas will have a meeting with Peruvian President Luis Vega.|have a"
            + " meeting with Peruvian President Luis Vega|CHL PER",
      })
  void readsActionAndSubject(String body, String action, String parties) {
    List<Commitment> found = commitments(body, LocalDate.of(2023, 5, 10));
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals(action, found.get(0).action());
    assertEquals(List.of(parties.split(" ")), found.get(0).parties());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile hoped to deepen ties with Peru.",
        "Kenya will have to pay its debts to Ghana.",
        "Peru would like to work with Chile.",
        "Kenya may sign the accord.",
        "Norway urged Ghana to release the prisoners.",
        "Will Chile sign the accord?",
        "Peru did not agree to extend the deadline.",
        "Chile signed the accord last year.",
        "The minister stressed the importance of dialogue with Peru.",
        "The forum, which officials say will deepen cooperation, opened in Lima.",
        "Critics faulted Chile for planning to miss the summit.",
        "The fund for the preparing of the forum will open in Lima.",
        "Chile set aside funds for 2025 delegates.",
        "Kenya denies having any intention to build a dam on the river.",
        "Officials said Chile's investment would bring new jobs to farmers.",
        "Ghana will receive new military aid from Norway.",
        "The meeting, scheduled to close on Friday, opened in Lima.",
        "Rebels had hatched a plan to bomb the airport in Lima.",
        "Norway is expected to assure Ghana of its support.",
        "Heads of Kenyan missions whose tenure will come to an end this year are packing.",
        "Chile and Peru agreed on exchanges of leaders and agreed to pursue them.",
        "Invited President Ana Otieno to visit Zambia.",
        "Chile and Peru discussed the planned negotiations to resume the accord.",
        "The terms of the first phase with Chile will dictate what needs to be agreed later.",
      })
  void leavesOutWishesPossibilitiesRequestsAndPast(String body) {
    assertEquals(
        List.of(),
        commitments(body, LocalDate.of(2023, 5, 10)).stream().map(Commitment::action).toList());
  }

  @org.junit.jupiter.api.Test
  void bindsTheProposerToTheUndertakingItsProposalNames() {
    List<Commitment> found =
        commitments(
            "Chile proposed a new plan for cooperation with Peru. This plan would entail a"
                + " revision of the older treaties signed by the two ministries.",
            LocalDate.of(2023, 5, 10));
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("revise the older treaties signed by the two ministries", found.get(0).action());
    assertEquals(List.of("CHL"), found.get(0).parties());
  }

  @org.junit.jupiter.api.Test
  void readsAnOccasionAsTheSubjectOfItsStartWithTheLatestDate() {
    List<Commitment> found =
        commitments(
            "Chile and Peru agreed to resume negotiations. The negotiations are scheduled to begin"
                + " on Thursday and continue on Friday.",
            LocalDate.of(2023, 5, 10));
    Commitment begin =
        found.stream().filter(c -> c.action().equals("begin negotiations")).findFirst().get();
    assertEquals(List.of("CHL", "PER"), begin.parties());
    assertEquals("2023-05-12", begin.deadline().due().toString());
  }

  @org.junit.jupiter.api.Test
  void attachesASentenceOpeningTimeToTheUndertaking() {
    List<Commitment> found =
        commitments(
            "Next year, Chile has promised to ask its parliament for new funds for Peru.",
            LocalDate.of(2023, 5, 10));
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("2024-12-31", found.get(0).deadline().due().toString());
  }

  @org.junit.jupiter.api.Test
  void splitsCoordinatedUndertakingsUnderOneTrigger() {
    List<Commitment> found =
        commitments(
            "Chile and Peru agreed to convene a third round of talks in Lima, set up a water"
                + " commission by 31 December, and revive the joint fisheries board.",
            LocalDate.of(2023, 5, 10));
    assertEquals(
        List.of(
            "convene a third round of talks",
            "set up a water commission",
            "revive the joint fisheries board"),
        found.stream().map(Commitment::action).toList());
    assertEquals("Lima", found.get(0).place());
    assertEquals("2023-12-31", found.get(1).deadline().due().toString());
    assertEquals("by 31 December", found.get(1).deadline().text());
    assertTrue(found.stream().allMatch(c -> c.parties().equals(List.of("CHL", "PER"))));
  }

  @org.junit.jupiter.api.Test
  void keepsDeadlineWordsWhenTheYearIsUnknown() {
    List<Commitment> found =
        commitments("Kenya and Ghana agreed to sign a trade pact by 15 July.", null);
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("by 15 July", found.get(0).deadline().text());
    assertEquals("XXXX-07-15", String.valueOf(found.get(0).deadline().due()));
  }

  @org.junit.jupiter.api.Test
  void readsTheTwoSidesAsThePairOfTheMeeting() {
    List<Commitment> found =
        commitments(
            "The Chilean foreign minister met his Peruvian counterpart in Lima on Monday. The two"
                + " sides then agreed to meet again next month.",
            LocalDate.of(2023, 5, 10));
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals(List.of("CHL", "PER"), found.get(0).parties());
    assertEquals("2023-06-30", found.get(0).deadline().due().toString());
  }

  @Test
  void coordinatedInfinitivesAreTwoUndertakingsWithTheirOwnDeadlines() {
    List<Commitment> cs =
        commitments(
            "Togo and Benin agreed to convene the fourth session of their commission in Lomé in"
                + " 2026 and to set up a joint customs committee before the end of June.",
            LocalDate.of(2025, 3, 5));
    assertThat(cs)
        .extracting(Commitment::action, c -> c.deadline().due().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "convene the fourth session of their commission", "2026-12-31"),
            org.assertj.core.groups.Tuple.tuple("set up a joint customs committee", "2025-06-30"));
  }

  @Test
  void anUndertakingReportedWithWouldNeedsNoListOfItsOwn() {
    List<Commitment> cs =
        commitments(
            "The minister said Uruguay would deposit its instrument of ratification next week.",
            LocalDate.of(2025, 3, 5));
    assertThat(cs)
        .extracting(Commitment::action)
        .containsExactly("deposit its instrument of ratification");
  }

  @Test
  void readsEachItemOfAListOfUndertakingsWithTheFramesParties() {
    String body =
        """
        The foreign ministers of Chile and Peru met in Lima on Monday.

        The ministers agreed to:

        - open a joint border post by 30 June;
        - hold the next session in Santiago in 2026.

        The two sides also decided:
        1. to create a working group on fisheries;
        2. to exchange trade data every quarter.
        """;
    List<Commitment> found = commitments(body, LocalDate.of(2025, 3, 4));
    assertThat(found)
        .extracting(Commitment::action)
        .containsExactly(
            "open a joint border post",
            "hold the next session",
            "create a working group on fisheries",
            "exchange trade data every quarter");
    assertThat(found).allSatisfy(c -> assertEquals(List.of("CHL", "PER"), c.parties()));
    assertEquals("2025-06-30", found.get(0).deadline().due().toString());
  }

  @Test
  void anOccasionHeldInARelativeClauseOrNamedWithItsLevelIsAnnounced() {
    String body =
        "LIMA, June 10 - The foreign ministers of Peru and Chile met on Monday. They reviewed"
            + " preparations for the fifth session of the Joint Commission, which will be held in"
            + " Santiago in October. They confirmed that the Peru-Chile Policy Dialogue at the"
            + " vice-ministerial level will be held in Lima by the end of March next year.";
    List<Commitment> found = commitments(body, LocalDate.of(2025, 6, 10));
    assertThat(found)
        .extracting(c -> c.action() + " " + c.deadline().due())
        .containsExactly(
            "hold the fifth session of the Joint Commission 2025-10-31",
            "hold the Peru-Chile Policy Dialogue at the vice-ministerial level 2026-03-31");
  }

  @Test
  void anOccasionNamedWithCommasInItsNameIsAnnounced() {
    String body =
        "MOSCOW, May 2 - Foreign Minister Ivan Petrov held talks with Lao Foreign Minister Somsak"
            + " Vong on Monday. They noted the upcoming meeting of the Intergovernmental Commission on"
            + " Trade, Economic and Technical Cooperation, which is scheduled to take place in"
            + " Vientiane in the second half of the year. The next session of the Joint Committee is"
            + " scheduled to take place in Moscow in October.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 2)))
        .extracting(Commitment::action)
        .containsExactly(
            "hold the upcoming meeting of the Intergovernmental Commission on Trade, Economic and"
                + " Technical Cooperation",
            "hold the next session of the Joint Committee");
  }

  @Test
  void listItemsMayOpenWithACapitalAndTheSubjectFollowsTheDateline() {
    String body =
        """
        MANAGUA, 3 October 2025 - The deputy foreign ministers of Nicaragua and Honduras held \
        consultations in Managua on 2 October and agreed to:

        1. Set up a joint committee on border trade by the end of March.
        2. Hold the next round in Tegucigalpa in 2026.
        """;
    List<Commitment> found = commitments(body, LocalDate.of(2025, 10, 3));
    assertThat(found)
        .extracting(Commitment::action)
        .containsExactly("Set up a joint committee on border trade", "Hold the next round");
    assertThat(found).allSatisfy(c -> assertEquals(List.of("HND", "NIC"), c.parties()));
  }

  @Test
  void aListAfterAColonThatIsNoUndertakingGivesNoCommitment() {
    String body =
        """
        The foreign ministers of Chile and Peru met in Lima on Monday.

        The agenda of the talks included:

        - open questions on the border;
        - trade data.
        """;
    assertThat(commitments(body, LocalDate.of(2025, 3, 4))).isEmpty();
  }

  @Test
  void aSharedTargetIsAnUndertakingAndTwoTargetsStayTwo() {
    String body =
        "QUITO, May 3 -- The presidents of Ecuador and Panama met on Friday. They set the goal of"
            + " raising bilateral trade to USD 3 billion by 2030. The two sides also reaffirmed"
            + " their target of raising two-way investment to USD 1 billion.";
    List<Commitment> found = commitments(body, LocalDate.of(2026, 5, 3));
    assertThat(found)
        .extracting(c -> c.action() + " " + (c.deadline() == null ? "-" : c.deadline().due()))
        .containsExactly(
            "raise bilateral trade to USD 3 billion 2030-12-31",
            "raise two-way investment to USD 1 billion -");
    assertThat(found).allSatisfy(c -> assertThat(c.parties()).containsExactly("ECU", "PAN"));
  }

  @Test
  void aTargetNamedWithoutAVerbOfItsOwnIsNoUndertaking() {
    String body = "Critics questioned the goal of raising tariffs on steel by 2030.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 3))).isEmpty();
  }

  @Test
  void infinitivesListedWithCommasAreOneUndertakingEach() {
    String body =
        "The foreign ministers of Ecuador and Peru agreed to widen border cooperation, to expand"
            + " the fisheries dialogue and to open a consulate in Tumbes.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 3)))
        .extracting(Commitment::action)
        .containsExactly(
            "widen border cooperation", "expand the fisheries dialogue", "open a consulate");
  }

  @Test
  void aRestatedResolveAndAConsensusReachedAreUndertakings() {
    String body =
        "HANOI, May 3 -- Vietnam and Laos reaffirmed their determination to expand rail links."
            + " The two sides reached consensus on boosting border trade. Vietnam expressed its"
            + " determination to win the regional cup.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 3)))
        .extracting(Commitment::action)
        .containsExactly("expand rail links", "boost border trade");
  }

  @Test
  void anUndertakingHandedToThePartiesServicesIsTheirs() {
    String body =
        "The ministers of Ghana and Togo welcomed the progress made, and instructed their"
            + " respective teams to finalise the draft transit agreement by 30 June.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 3)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo("finalise the draft transit agreement");
              assertThat(c.parties()).containsExactly("GHA", "TGO");
              assertThat(c.deadline().due()).hasToString("2026-06-30");
            });
  }

  @Test
  void theAuthoritiesAreAStatesNotTheOrganisationReportingOnThem() {
    String body =
        "World Bank Vice President Ana Tello visited Accra from May 4 to 8. At the end of the"
            + " visit, she said: The authorities have committed to publishing the audit of the"
            + " energy utilities by end-September.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 9)))
        .singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactly("GHA"));
  }

  @Test
  void aFrontedDayWithoutACommaDatesTheUndertaking() {
    String body = "On 4 June the Chilean foreign minister will visit Quito.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 3)))
        .singleElement()
        .satisfies(c -> assertThat(c.deadline().due()).hasToString("2026-06-04"));
  }

  @Test
  void instrumentsExpectedToBeSignedAreAnUndertakingOfTheVisitsParties() {
    String body =
        "ACCRA, May 6 -- The President of Togo will pay a state visit to Ghana from 12 to 14 May."
            + " Several instruments are expected to be signed during the visit.";
    assertThat(commitments(body, LocalDate.of(2026, 5, 6)))
        .filteredOn(c -> c.action().startsWith("sign"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo("sign several instruments during the visit");
              assertThat(c.parties()).containsExactly("GHA", "TGO");
            });
  }
}
