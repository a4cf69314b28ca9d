package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * An occasion that a participle dates ahead ("la réunion prévue en septembre prochain", "la cumbre
 * programada para el 14 de octubre") is an undertaking to hold it; one dated in the past, or whose
 * participle follows an auxiliary, is not. Invented texts.
 */
class FrenchAndSpanishScheduledOccasionsTest {

  @Test
  void aFrenchOccasionDatedAheadByItsParticipleIsAnUndertaking() {
    Extraction e =
        read(
            "Lomé, le 9 mars 2026 – Le ministre togolais des Affaires étrangères, M. Koffi"
                + " Adjavon, a reçu lundi son homologue béninois, M. Paul Dossou.\n\nLes deux"
                + " ministres ont évoqué la réunion de la Commission mixte de coopération prévue en"
                + " septembre prochain à Lomé.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .contains("tenir la réunion de la Commission mixte de coopération");
    Commitment c =
        e.commitments().stream()
            .filter(x -> x.action().contains("Commission"))
            .findFirst()
            .orElseThrow();
    assertThat(c.parties()).containsExactly("BEN", "TGO");
    assertThat(c.deadline().due().toString()).isEqualTo("2026-09-30");
  }

  @Test
  void anInvitationDoesNotHedgeTheOccasionsOwnDate() {
    Extraction e =
        read(
            "Cotonou, le 9 mars 2026 – Le ministre béninois des Affaires étrangères, M. Paul"
                + " Dossou, s'est entretenu jeudi au téléphone avec son homologue malien, M. Ali"
                + " Traoré. Il l'a invité à prendre part à la conférence des ministres des Affaires"
                + " étrangères de l’UEMOA (CMAE) prévue en août prochain à Cotonou.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .contains("tenir la conférence des ministres des Affaires étrangères de l’UEMOA");
  }

  @Test
  void aSpanishOccasionAfterItsAcronymIsAnUndertaking() {
    Extraction e =
        read(
            "Santiago, 9 de marzo de 2026 – El canciller de Chile, Andrés Molina, recibió este"
                + " lunes a su homóloga de Bolivia, Carla Quispe. Ambos repasaron los preparativos"
                + " de la V Reunión del Gabinete Binacional Chile-Bolivia (GABI), programada para"
                + " el 14 y 15 de octubre en Santiago.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .containsExactly("realizar la V Reunión del Gabinete Binacional Chile-Bolivia");
    assertThat(e.commitments().get(0).deadline().due().toString()).isEqualTo("2026-10-15");
  }

  @Test
  void aPassedDateOrAnAuxiliaryMakesNoUndertaking() {
    Extraction es =
        read(
            "La Paz, 9 de marzo de 2026 – El canciller de Bolivia, Luis Mamani, recibió este lunes"
                + " a su homólogo de Perú, Jorge Salas. Inicialmente prevista para el 3 de marzo,"
                + " la reunión de la comisión técnica, programada para el 20 de febrero, se celebró"
                + " finalmente en Lima.");
    assertThat(es.commitments()).isEmpty();
    Extraction fr =
        read(
            "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères, M. Abdou"
                + " Ndiaye, a reçu mardi son homologue gambien, M. Lamin Jallow. La session de la"
                + " commission mixte était prévue le 20 mai à Banjul.");
    assertThat(fr.commitments()).isEmpty();
  }

  @Test
  void anOccasionAfterItsAcronymAndARelativePronounIsTheSummit() {
    Extraction e =
        read(
            "Libreville, le 9 mars 2026 – Le ministre gabonais des Affaires étrangères, M. Paul"
                + " Ndong, a reçu lundi l'envoyé spécial du président camerounais, porteur d'une"
                + " invitation au Conseil des Ministres de l'Union Economique du Golfe et du"
                + " Fleuve (UEGF), qui se tiendra à Douala le 17 avril 2026.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .anyMatch(a -> a.startsWith("tenir le Conseil des Ministres de l'Union Economique"));
  }

  @Test
  void aRestatedResolveIsAnUndertakingInBothLanguages() {
    Extraction fr =
        read(
            "Tunis, le 9 mars 2026 – Le ministre tunisien des Affaires étrangères, M. Karim"
                + " Mansour, a reçu lundi son homologue koweïtien, M. Fahd Al-Sabah. Les deux"
                + " parties ont affirmé leur détermination à renforcer les échanges commerciaux.");
    assertThat(fr.commitments())
        .extracting(Commitment::action)
        .contains("renforcer les échanges commerciaux");
    Extraction es =
        read(
            "Ciudad de Panamá, 9 de marzo de 2026 – El canciller de Panamá, Luis Ríos, recibió"
                + " este lunes a su homólogo de Costa Rica, Pablo Mora. Ambos países reiteraron su"
                + " compromiso a modernizar los controles aduaneros.");
    assertThat(es.commitments())
        .extracting(Commitment::action)
        .contains("modernizar los controles aduaneros");
  }
}
