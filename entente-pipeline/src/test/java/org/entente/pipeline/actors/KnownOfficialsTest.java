package org.entente.pipeline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.actors.OfficialsExtractorTest.persons;

import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

/**
 * Officials named without a title, from the list of heads of state and government: texts written
 * for these tests, through the default pipeline. Each expectation lists "name=CODE" sorted by name.
 */
class KnownOfficialsTest {

  @Test
  void aListedNameWrittenInFullIsAnOfficialOfItsState() {
    assertThat(persons("In Lima, Angela Merkel and Justin Trudeau spoke about trade with Peru."))
        .isEqualTo("Angela Merkel=DEU, Justin Trudeau=CAN");
  }

  @Test
  void aSpanishTextsLeadersAreReadToo() {
    assertThat(
            persons(
                "Lima, 3 de marzo de 2026 – Gustavo Petro y Luis Arce conversaron por teléfono"
                    + " sobre el comercio andino."))
        .isEqualTo("Gustavo Petro=COL, Luis Arce=BOL");
  }

  @Test
  void aTitledOfficialByTheSameNameKeepsOneRecordWithTheListedState() {
    assertThat(
            persons(
                "Brazilian officials met President Macron in Brasilia on Monday. Emmanuel Macron"
                    + " then flew to Lima."))
        .isEqualTo("Macron=FRA");
  }

  @Test
  void aSurnameAloneIsNotEnough() {
    assertThat(persons("Officials in Lima said Mr. Trudeau, a local trader, had left Peru."))
        .doesNotContain("CAN");
  }

  @Test
  void oneWhoServedTwoActorsServesTheOneOfTheYearOfPublication() {
    Document before =
        new Document(
            "t",
            null,
            LocalDate.of(2016, 5, 4),
            null,
            "Lima, May 4 -" + " António Guterres spoke with Peru's foreign minister, Luis Vega.");
    Document after =
        new Document(
            "t",
            null,
            LocalDate.of(2018, 5, 4),
            null,
            "Lima, May 4 -" + " António Guterres spoke with Peru's foreign minister, Luis Vega.");
    assertThat(Entente.pipeline().extract(before).persons())
        .anySatisfy(p -> assertThat(p.affiliation()).isEqualTo("PRT"));
    assertThat(Entente.pipeline().extract(after).persons())
        .anySatisfy(p -> assertThat(p.affiliation()).isEqualTo("UN"));
  }

  @Test
  void anOrganisationsOfficeTheTextNamesOutweighsTheListsMonth() {
    // the list has this official at the alliance from late 2024 only; the text says so before
    Document d =
        new Document(
            "t",
            null,
            LocalDate.of(2024, 3, 12),
            null,
            "Brussels, March 12 - NATO Secretary General Mark Rutte met Peru's foreign minister,"
                + " Luis Vega.");
    assertThat(Entente.pipeline().extract(d).persons())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("Mark Rutte");
              assertThat(p.affiliation()).isEqualTo("NATO");
            });
  }

  @Test
  void aSurnameTheListGivesAloneGivesAFoundOfficialHisStateButNamesNoOneNew() {
    assertThat(
            persons(
                "South Korean and North Korean officials in Seoul said President Trump had met"
                    + " Kim in Hanoi."))
        .isEqualTo("Trump=USA");
    assertThat(persons("Officials in Lima discussed Putin's war with Peru's partners."))
        .doesNotContain("RUS");
  }
}
