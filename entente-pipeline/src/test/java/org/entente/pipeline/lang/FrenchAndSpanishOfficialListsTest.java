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
}
