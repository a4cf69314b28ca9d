package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Who is a side and what is an occasion in French and Spanish readouts, one invented text each: an
 * occasion put off without a new date, a place where something happened, a state named in a
 * quotation, agencies by their local names, a city in a person's name.
 */
class FrenchAndSpanishOccasionsOffTest {

  @Test
  void anOccasionPutOffSineDieIsNeitherHeldNorToCome() {
    Extraction e =
        read(
            "Bamako, le 9 mars 2026 – La ministre malienne des Affaires étrangères, Mme Awa"
                + " Keïta, a reçu lundi son homologue nigérien, M. Ali Tankari.\n\nLa commission"
                + " mixte, qui devait se réunir à Niamey en avril, est reportée sine die.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("MLI", "NER"));
    assertThat(e.commitments()).extracting(Commitment::action).noneMatch(a -> a.contains("réun"));
  }

  @Test
  void aSpanishVisitCalledOffIsNoUndertaking() {
    Extraction e =
        read(
            "Quito, 9 de marzo de 2026 – El canciller ecuatoriano, Raúl Andrade, recibió el lunes"
                + " a su homólogo peruano, José Quispe.\n\nLa visita del presidente peruano a Quito,"
                + " prevista para abril, fue cancelada.");
    assertThat(e.commitments()).isEmpty();
  }

  @Test
  void aPlaceWhereSomethingHappenedAndAQuotedStateAreNoSides() {
    Extraction e =
        read(
            "Moroni, le 3 mars 2026 – Le ministre des Affaires étrangères, M. Ali Said, a convoqué"
                + " mardi l'ambassadeur de France aux Comores, M. Paul Mercier, après le renvoi de"
                + " ressortissants interpellés à Mayotte.\n\n« Mayotte est une île comorienne », a"
                + " déclaré M. Said à l'issue de la rencontre.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("COM", "FRA"));
  }

  @Test
  void agenciesByTheirLocalNamesAndANameIsNoPlace() {
    Extraction es =
        read(
            "Ciudad de Panamá, 24 de septiembre de 2025 – La ministra de Relaciones Exteriores,"
                + " Rosa Campos de León, recibió este miércoles a la directora regional de la OIM,"
                + " Marta Sáenz, con quien firmó un acuerdo de cooperación.");
    assertThat(Readouts.person(es, "Marta Sáenz").affiliation()).isEqualTo("IOM");
    assertThat(es.meetings()).extracting(Meeting::place).doesNotContain("León");
    Extraction fr =
        read(
            "Bamako, le 9 mars 2026 – Le directeur régional du HCR, M. Paul Dorval, a rencontré"
                + " lundi le ministre malien des Affaires étrangères, M. Ali Keïta.");
    assertThat(Readouts.person(fr, "Paul Dorval").affiliation()).isEqualTo("UNHCR");
  }
}
