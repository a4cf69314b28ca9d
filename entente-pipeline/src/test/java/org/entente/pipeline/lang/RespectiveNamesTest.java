package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/** A plural title naming several states, then as many names, paired in order. */
class RespectiveNamesTest {

  @Test
  void frenchStatesAfterThePluralTitle() {
    Extraction e =
        read(
            "Les ministres des Affaires étrangères du Togo et du Bénin, Kossi Adjo et Rachidi"
                + " Bello, se sont entretenus lundi à Lomé.");
    assertThat(person(e, "Kossi Adjo").affiliation()).isEqualTo("TGO");
    assertThat(person(e, "Rachidi Bello").affiliation()).isEqualTo("BEN");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("BEN", "TGO"));
  }

  @Test
  void frenchDemonymsInThePluralTitle() {
    Extraction e =
        read(
            "Les ministres italien et grec des Affaires étrangères, Marco Conti et Nikos"
                + " Pappas, ont signé mardi une déclaration commune.");
    assertThat(person(e, "Marco Conti").affiliation()).isEqualTo("ITA");
    assertThat(person(e, "Nikos Pappas").affiliation()).isEqualTo("GRC");
  }

  @Test
  void spanishStatesAfterThePluralTitle() {
    Extraction e =
        read(
            "La llamada entre los cancilleres de Bolivia y Paraguay, Rosa Quispe y Hugo Benítez,"
                + " duró media hora.");
    assertThat(person(e, "Rosa Quispe").affiliation()).isEqualTo("BOL");
    assertThat(person(e, "Hugo Benítez").affiliation()).isEqualTo("PRY");
  }

  @Test
  void spanishBothNationsTakeTheStatesInTheTextsOrder() {
    Extraction e =
        read(
            "El encuentro entre Perú y Bolivia comenzó en Lima con los presidentes de ambas"
                + " naciones, Luis Vega y Hugo Paz, respectivamente, y sus cancilleres.");
    assertThat(person(e, "Luis Vega").affiliation()).isEqualTo("PER");
    assertThat(person(e, "Hugo Paz").affiliation()).isEqualTo("BOL");
  }
}
