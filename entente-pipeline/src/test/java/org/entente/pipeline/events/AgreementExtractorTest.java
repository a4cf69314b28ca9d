package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.Agreement;
import org.entente.model.Document;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementExtractorTest {

  static List<Agreement> agreements(String body) {
    Document d = new Document("t", null, LocalDate.of(2023, 5, 10), null, body);
    Analysis a = Entente.pipeline().analyse(d);
    return a.agreements();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chile signed a major fisheries agreement with Peru on Monday. Critics of the agreement between Chile and Peru were loud. | major fisheries agreement with Peru
          Chile signed a major fisheries agreement with Peru on Monday. Critics of the bilateral deal between both nations were loud. | major fisheries agreement with Peru
          Chile signed a major fisheries agreement with Peru on Monday. Critics said Lima's fisheries deal with Santiago hurt fishermen. | major fisheries agreement with Peru
          Chile signed a major fisheries agreement with Peru on Monday, under the Lima Fisheries Treaty. | major fisheries agreement with Peru; Lima Fisheries Treaty
          Chile and Peru signed a renewed Statement of Partnership on Monday. The Statement of Partnership outlines the priority areas of cooperation. | Statement of Partnership
          """)
  void dropsReferencedMentionsThatRedescribeARecord(String body, String names) {
    assertEquals(
        names, agreements(body).stream().map(Agreement::name).collect(Collectors.joining("; ")));
  }

  @Test
  void aDayOrAParticleBeforeTheInstrumentIsNoPartOfItsName() {
    assertThat(
            agreements(
                    "Aiming at stepping up partnership, Chile and Peru signed yesterday a"
                        + " memorandum of understanding on fisheries.")
                .stream()
                .map(Agreement::name))
        .containsExactly("memorandum of understanding on fisheries");
  }

  @Test
  void aNounOfAnInstrumentUsedAsAVerbIsNone() {
    assertThat(
            agreements(
                "Chile and Peru said they would act together and deal with smuggling on the"
                    + " border."))
        .isEmpty();
  }

  @Test
  void aHeadlinesVerbIsNoPartOfTheInstrumentsName() {
    assertEquals(
        "memorandum of understanding on fisheries",
        agreements(
                "Chile and Peru sign MoU on fisheries\n\nChile and Peru signed a memorandum of"
                    + " understanding on fisheries on Monday.")
            .stream()
            .map(Agreement::name)
            .collect(Collectors.joining("; ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Norway signed a Memorandum of Understanding on fisheries in Oslo on Monday."
            + "|Memorandum of Understanding on fisheries|SIGNED|CHL NOR",
        "Kenya and Ghana adopted the Accra-Nairobi Roadmap for trade on Tuesday."
            + "|Accra-Nairobi Roadmap for trade|ADOPTED|GHA KEN",
        "Peru's minister proposed the creation of a new, broad framework for fisheries and"
            + " science.|broad framework for fisheries and science|PROPOSED|PER",
        "The talks were held in line with the Lisbon Treaty, the ministers said."
            + "|Lisbon Treaty|REFERENCED|",
        "In a joint statement, Chile and Peru said they would cooperate on water."
            + "|joint statement|REFERENCED|CHL PER",
        "Norway will press other states to ratify the Chile-Peru Water Accord, signed in 2021."
            + "|Chile-Peru Water Accord|SIGNED|CHL PER",
        "They agreed to review the permits issued under the Andes Fisheries Treaty, in force since"
            + " May 2022.|Andes Fisheries Treaty|IN_FORCE|",
        "The ministers noted that the Lima 2030 Strategic Agenda, adopted in 2016, has expired."
            + "|Lima 2030 Strategic Agenda|ADOPTED|",
        // a short form in brackets is no part of the name, nor a second instrument
        "Kenya and Ghana signed a memorandum of understanding (MoU) on fisheries cooperation in"
            + " Accra.|memorandum of understanding on fisheries cooperation|SIGNED|GHA KEN",
        "Kenya and Ghana signed a Memorandum of Understanding (MOU) in Accra on Tuesday."
            + "|Memorandum of Understanding|SIGNED|GHA KEN",
      })
  void readsNameStatusAndParties(String body, String name, String status, String parties) {
    List<Agreement> found = agreements(body);
    assertEquals(1, found.size(), () -> found.toString());
    Agreement a = found.get(0);
    assertEquals(name, a.name());
    assertEquals(Agreement.Status.valueOf(status), a.status());
    if (parties != null) {
      for (String p : parties.split(" ")) {
        assertTrue(a.parties().contains(p), () -> a.parties() + " lacks " + p);
      }
    }
  }

  @Test
  void signedInstrumentsListedByTheirSubjectsWithoutACountAreOneEach() {
    List<Agreement> found =
        agreements(
            "Ghana and Mali signed agreements on trade, health, energy and fisheries on Monday.");
    assertEquals(
        List.of(
            "agreement on trade",
            "agreement on health",
            "agreement on energy",
            "agreement on fisheries"),
        found.stream().map(Agreement::name).toList());
  }

  @Test
  void subjectsWithTheirOwnArticlesAreStillAList() {
    List<Agreement> found =
        agreements(
            "Ghana and Mali signed agreements on extradition, the transfer of prisoners and"
                + " the protection of investments on Monday.");
    assertEquals(
        List.of(
            "agreement on extradition",
            "agreement on the transfer of prisoners",
            "agreement on the protection of investments"),
        found.stream().map(Agreement::name).toList());
    List<Agreement> planned =
        agreements("Ghana and Mali will sign agreements on extradition, health and tourism.");
    assertEquals(
        List.of(
            "agreement on extradition proposed",
            "agreement on health proposed",
            "agreement on tourism proposed"),
        planned.stream().map(a -> a.name() + " " + a.status().name().toLowerCase()).toList());
  }

  @Test
  void oneFieldOfTwoWordsOrInstrumentsTalkedAboutAreNoList() {
    assertEquals(
        List.of(),
        agreements("Ghana and Mali signed agreements in the mining and energy sectors, Ana said.")
            .stream()
            .filter(a -> a.name().startsWith("agreement on") || a.name().startsWith("agreement in"))
            .toList());
    assertEquals(
        List.of(),
        agreements("The ministers discussed agreements on trade, health and energy.").stream()
            .filter(a -> a.name().startsWith("agreement on"))
            .toList());
  }

  @Test
  void anInstrumentInForceSinceADateCarriesThatDate() {
    List<Agreement> found =
        agreements(
            "They reviewed the permits issued under the Andes Fisheries Treaty, in force since May 2022.");
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("2022-05", found.get(0).date().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The two ministries reviewed all existing agreements between them.",
        "Chile and Peru will each draft a strategy for their fisheries.",
        "Peru's Minister of Transport, Housing and Urban Agenda visited Santiago.",
        "He said any deal would have to be fair.",
        "Both sides worked in the framework of the African Union.",
        "The agreement was welcomed by Chile.",
        "Officials of the North American Free Trade Agreement met on Friday.",
      })
  void leavesOutGenericMentions(String body) {
    assertEquals(List.of(), agreements(body).stream().map(Agreement::name).toList());
  }

  @Test
  void keepsAProposedFrameworkApartFromALaterRoadmap() {
    List<Agreement> found =
        agreements(
            "Peru's minister proposed the creation of a new, broad framework for trade and"
                + " investment. Such a framework would mean reviewing every treaty now in force. The"
                + " adoption of a Peru-Chile roadmap on customs work by the two Finance ministries"
                + " was a first step, officials said.");
    assertEquals(
        List.of(
            "broad framework for trade and investment",
            "Peru-Chile roadmap on customs work by the two Finance ministries"),
        found.stream().map(Agreement::name).toList());
    assertEquals(Agreement.Status.ADOPTED, found.get(1).status());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile and Peru issued a joint communique on Monday. The joint communique calls for"
            + " calm. Diplomats praised the joint communique.",
        "Chile and Peru signed the Andes Water Agreement. The Andes Water Agreement covers"
            + " rivers. The landmark agreement was praised.",
        "Chile is close to a trade agreement with Peru, its minister said. An agreement between"
            + " Chile and Peru would cut tariffs. A bilateral deal between both nations could"
            + " follow.",
      })
  void mergesRepeatedMentions(String body) {
    List<Agreement> found = agreements(body);
    assertEquals(
        1,
        found.size(),
        () -> found.stream().map(Agreement::name).collect(Collectors.toList()).toString());
  }

  @Test
  void neverDatesAnInstrumentByTheDeadlineOfAnUndertakingAboutIt() {
    List<Agreement> found =
        agreements(
            "Chile and Peru agreed in Lima on Tuesday to review their fisheries cooperation"
                + " agreement by 31 December.");
    assertEquals(1, found.size(), found::toString);
    assertEquals(Agreement.Status.REFERENCED, found.get(0).status());
    assertEquals(null, found.get(0).date());
  }

  @Test
  void readsABatchSigningAsTheBatchAndTheInstrumentsItLists() {
    List<Agreement> found =
        agreements(
            "Chile and Peru sign three memoranda\n\nChile and Peru on Monday signed three"
                + " memoranda of understanding on fisheries, tourism and border demarcation.");
    assertEquals(
        "three memoranda; MoU on fisheries; MoU on tourism; MoU on border demarcation",
        found.stream().map(Agreement::name).collect(Collectors.joining("; ")));
  }

  @Test
  void aBatchListEndsWithItsLastItemNotAtTheReportingClause() {
    List<Agreement> found =
        agreements(
            "Chile and Peru on Monday signed three memoranda of understanding on fisheries, tourism"
                + " and the training of diplomats, a government statement said.");
    assertEquals(
        "three memoranda of understanding; MoU on fisheries; MoU on tourism; MoU on the training of"
            + " diplomats",
        found.stream().map(Agreement::name).collect(Collectors.joining("; ")));
  }

  @Test
  void keepsTwoTitledInstrumentsOfDifferentKindsApartAndReadsNumberedResolutions() {
    List<Agreement> found =
        agreements(
            "Chile and Peru recalled the 2014 Memorandum of Understanding on Joint Naval Training"
                + " and their Plan of Action for Coastal Patrols. Both welcomed UN Security Council"
                + " resolution 2417.");
    assertEquals(
        "2014 Memorandum of Understanding on Joint Naval Training; Plan of Action for Coastal"
            + " Patrols; UN Security Council resolution 2417",
        found.stream().map(Agreement::name).collect(Collectors.joining("; ")));
    assertEquals(Agreement.Kind.ACTION_PLAN, found.get(1).kind());
  }

  @Test
  void instrumentsNamedAfterABatchByOneAndAnother() {
    List<String> names =
        agreements(
                "Benin and Niger signed four agreements on Monday, including one on transit"
                    + " corridors and another on the sharing of customs data.")
            .stream()
            .map(Agreement::name)
            .toList();
    assertEquals(
        List.of(
            "four agreements",
            "agreement on transit corridors",
            "agreement on the sharing of customs data"),
        names);
  }

  @Test
  void anInstrumentStillToBeSignedIsProposed() {
    assertThat(
            agreements(
                "A Memorandum of Understanding on Fisheries is expected to be signed during the"
                    + " visit of the Ghanaian president to Togo."))
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(Agreement.Status.PROPOSED));
  }

  @Test
  void aBatchListsItsInstrumentsWithTheirPrepositionRepeatedOrAfterIncluding() {
    assertThat(
            agreements(
                    "Chile and Peru signed three memorandums of understanding on mining, on"
                        + " cooperation between their police academies and on seismic data.")
                .stream()
                .map(Agreement::name))
        .contains(
            "MoU on mining",
            "MoU on cooperation between their police academies",
            "MoU on seismic data");
    assertThat(
            agreements(
                    "The ministers witnessed the signing of five memoranda of understanding,"
                        + " including on customs, the joint management of the river basin and"
                        + " road safety.")
                .stream()
                .map(Agreement::name))
        .contains(
            "MoU on customs",
            "MoU on the joint management of the river basin",
            "MoU on road safety");
  }

  @Test
  void aBatchListEndsBeforeItsParties() {
    assertThat(
            agreements(
                    "Chile and Peru signed two agreements on trade and tourism between the two"
                        + " countries.")
                .stream()
                .map(Agreement::name))
        .contains("agreement on trade", "agreement on tourism");
  }
}
