package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A plural title followed by a list of officials, each with the state the list gives them: "los
 * cancilleres de Chile, A, y de Bolivia, B", "les ministres A (Bénin) et B (Mali)". Invented texts.
 */
class FrenchAndSpanishOfficialListsTest {

  @Test
  void eachStateOfASpanishListGoesToTheNameAfterIt() {
    Extraction e =
        read(
            "Santiago, 9 de marzo de 2026 – Los cancilleres de Chile, Andrés Molina, y de Bolivia,"
                + " Carla Quispe, firmaron este lunes en Santiago un memorando de entendimiento.");
    assertThat(person(e, "Andrés Molina").affiliation()).isEqualTo("CHL");
    assertThat(person(e, "Carla Quispe").affiliation()).isEqualTo("BOL");
  }

  @Test
  void aStateInBracketsAfterEachNameIsTheirs() {
    Extraction es =
        read(
            "Ciudad de Guatemala, 9 de marzo de 2026 – Más tarde, los presidentes Luis Mora (Guatemala) y"
                + " Pablo Ríos (Panamá) ofrecieron una conferencia de prensa en la capital.");
    assertThat(person(es, "Luis Mora").affiliation()).isEqualTo("GTM");
    assertThat(person(es, "Pablo Ríos").affiliation()).isEqualTo("PAN");
    Extraction fr =
        read(
            "Cotonou, le 9 mars 2026 – Les ministres des Affaires étrangères Paul Dossou (Bénin) et"
                + " Ali Traoré (Mali) se sont entretenus lundi à Cotonou.");
    assertThat(person(fr, "Paul Dossou").affiliation()).isEqualTo("BEN");
    assertThat(person(fr, "Ali Traoré").affiliation()).isEqualTo("MLI");
  }

  @Test
  void anHonorificBetweenTheTitleAndTheNameIsLeftOut() {
    Extraction e =
        read(
            "Ciudad de México, 9 de marzo de 2026 – El canciller de Chile, Pedro Soto, fue recibido"
                + " este lunes por la presidenta de México, la doctora Marta Reyes.");
    assertThat(person(e, "Marta Reyes").affiliation()).isEqualTo("MEX");
    Extraction fr =
        read(
            "Abou Dhabi, le 9 mars 2026 – Le ministre des Affaires étrangères des Émirats arabes"
                + " unis, le cheikh Hamad Al Suwaidi, a reçu lundi son homologue malien, Ali Traoré.");
    assertThat(person(fr, "Hamad Al Suwaidi").affiliation()).isEqualTo("ARE");
  }

  @Test
  void aPluralTitlesNextPortfolioWithoutItsHeadIntroducesTheNextName() {
    Extraction es =
        read(
            "Quito, 9 de marzo de 2026 – El canciller colombiano, Luis Ortiz, llegó a Quito. Al"
                + " canciller lo acompañan los ministros de Minas, Ana Vega, y de Transporte, Pedro Ruiz.");
    assertThat(person(es, "Pedro Ruiz").role()).isEqualTo("ministros de Transporte");
    assertThat(person(es, "Pedro Ruiz").affiliation())
        .isEqualTo(person(es, "Ana Vega").affiliation());
    Extraction fr =
        read(
            "Dakar, le 9 mars 2026 – Les ministres sénégalais de la Santé, Awa Diop, et de"
                + " l’Agriculture, Moussa Fall, ont reçu lundi une délégation gambienne.");
    assertThat(person(fr, "Moussa Fall").affiliation()).isEqualTo("SEN");
  }

  @Test
  void officialsListedAmongAGroupWithASideAreOfThatSide() {
    Extraction es =
        read(
            "Madrid, 9 de marzo de 2026 – La ministra española viajará a Lima, donde se reunirá con"
                + " autoridades peruanas, incluidos el presidente de la República, Luis Ortiz, y"
                + " la ministra de Comercio, Ana Vega.");
    assertThat(person(es, "Luis Ortiz").affiliation()).isEqualTo("PER");
    assertThat(person(es, "Ana Vega").affiliation()).isEqualTo("PER");
    Extraction fr =
        read(
            "Paris, le 9 mars 2026 – Le ministre se rendra à Niamey, où il rencontrera les"
                + " autorités nigériennes, dont le président de la République, Ali Moussa.");
    assertThat(person(fr, "Ali Moussa").affiliation()).isEqualTo("NER");
    Extraction companions =
        read(
            "Quito, 9 de marzo de 2026 – El canciller colombiano, Luis Ortiz, llegó a Quito. Al"
                + " canciller colombiano lo acompañan el ministro de Minas, Ana Vega.");
    assertThat(person(companions, "Ana Vega").affiliation()).isEqualTo("COL");
  }
}
