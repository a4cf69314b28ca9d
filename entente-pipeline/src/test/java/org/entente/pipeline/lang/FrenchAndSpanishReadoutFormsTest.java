package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.commitment;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Forms of French and Spanish readouts around a trigger: a later date inside a relative clause, a
 * visit fronted as an adjunct, an interview given to the press, an envoy recalled for
 * consultations, an aside between commas, and an undertaking dated by the occasion just announced.
 * Invented texts.
 */
class FrenchAndSpanishReadoutFormsTest {

  @Test
  void aLaterDateInARelativeClauseLeavesTheSigningPast() {
    Extraction fr =
        read(
            "Lomé, 10 mars – Le ministre togolais du Commerce, M. Koffi Adjo, et le ministre"
                + " suisse de l'Économie, M. Urs Keller, ont signé lundi à Lomé une convention de"
                + " coopération qui fixe pour les trois prochaines années le cadre des échanges.");
    assertThat(fr.meetings()).hasSize(1);
    assertThat(fr.meetings().get(0).parties()).isEqualTo(List.of("CHE", "TGO"));
    assertThat(fr.agreements().get(0).status().toString()).isEqualToIgnoringCase("signed");
  }

  @Test
  void talksAfterAFrontedStayTakeTheirOwnDay() {
    Extraction fr =
        read(
            "Niamey, 10 mars – En visite au Niger depuis samedi, le ministre ghanéen des Affaires"
                + " étrangères, M. Kwame Boateng, s'est entretenu lundi 9 mars avec son homologue"
                + " nigérien, M. Ali Tankari.");
    assertThat(fr.meetings()).hasSize(1);
    assertThat(fr.meetings().get(0).date().toString()).isEqualTo("2026-03-09");
    Extraction es =
        read(
            "Lima, 10 de marzo – De visita en el Perú desde el sábado, el canciller de Bolivia,"
                + " Juan Quispe, se reunió el lunes 9 de marzo con su homólogo peruano, Raúl Arana.");
    assertThat(es.meetings()).hasSize(1);
    assertThat(es.meetings().get(0).date().toString()).isEqualTo("2026-03-09");
  }

  @Test
  void anInterviewGivenToThePressIsNoMeeting() {
    Extraction es =
        read(
            "Quito, 10 de marzo – El canciller del Ecuador, Luis Mora Vega, criticó el lunes al"
                + " gobierno de Colombia en una entrevista con la radio pública.");
    assertThat(es.meetings()).isEmpty();
    Extraction fr =
        read(
            "Dakar, le 10 mars 2026 – Le ministre sénégalais des Affaires étrangères, M. Ousmane"
                + " Ba, a critiqué lundi le gouvernement gambien dans un entretien au quotidien"
                + " national.");
    assertThat(fr.meetings()).isEmpty();
  }

  @Test
  void recallingOnesOwnEnvoyForConsultationsIsNoMeeting() {
    assertThat(
            read("Quito, 10 de marzo – El Gobierno del Ecuador llamó a consultas a su embajador en"
                    + " Argentina, Juan Pérez Gil.")
                .meetings())
        .isEmpty();
    assertThat(
            read("Dakar, le 10 mars 2026 – Le Sénégal a rappelé son ambassadeur en Gambie, M."
                    + " Ousmane Ba, pour consultations.")
                .meetings())
        .isEmpty();
  }

  @Test
  void anAdverbBetweenCommasLeavesTheTriggerWhole() {
    Extraction fr =
        read(
            "Niamey, le 10 mars 2026 – Les délégations du Niger et du Bénin ont convenu, entre"
                + " autres, de la tenue de la prochaine réunion du comité frontalier à Malanville"
                + " avant la fin de l'année.");
    assertThat(fr.commitments()).hasSize(1);
    assertThat(fr.commitments().get(0).parties()).containsExactly("BEN", "NER");
    Extraction es =
        read(
            "Lima, 10 de marzo – Los cancilleres del Perú y de Bolivia acordaron, entre otros,"
                + " reabrir el paso fronterizo de Desaguadero antes de fin de año.");
    assertThat(commitment(es, "reabrir").parties()).containsExactly("BOL", "PER");
  }

  @Test
  void anUndertakingDuringTheVisitJustAnnouncedIsDueWithIt() {
    Extraction es =
        read(
            "Madrid, 10 de marzo – El ministro de Asuntos Exteriores de España, Luis Sanz, viajará"
                + " a Rabat del 16 al 17 de marzo. Durante la visita, ambos ministros firmarán un"
                + " memorando de entendimiento en materia de protección civil.");
    assertThat(commitment(es, "firmar").deadline().due().toString()).isEqualTo("2026-03-17");
    Extraction fr =
        read(
            "Dakar, le 10 mars 2026 – Le ministre sénégalais des Affaires étrangères, M. Ousmane"
                + " Ba, se rendra à Banjul du 16 au 18 mars. Au cours de cette visite, les deux"
                + " ministres signeront un accord sur la pêche.");
    assertThat(commitment(fr, "signer").deadline().due().toString()).isEqualTo("2026-03-18");
  }

  @Test
  void anOrganisationMetByAPronounIsMetByTheOfficialToldOfLast() {
    Extraction fr =
        read(
            "Rabat, 10 mars – Le ministre marocain des Affaires étrangères, M. Karim Alaoui, est"
                + " rentré de Genève. Il s'est entretenu lundi avec le secrétaire général de l'ONU,"
                + " M. Antonio Pereira, de la situation au Sahel.");
    assertThat(fr.meetings())
        .anySatisfy(m -> assertThat(m.parties()).isEqualTo(List.of("MAR", "UN")));
    // the organisation before the verb holds its own meeting: no side is added
    Extraction alone =
        read(
            "Rabat, 10 mars – Le ministre marocain des Affaires étrangères, M. Karim Alaoui, est"
                + " rentré de Genève. La réunion de l'Union africaine s'est tenue lundi à Addis-Abeba.");
    assertThat(alone.meetings()).noneSatisfy(m -> assertThat(m.parties()).contains("MAR"));
  }

  @Test
  void aMeetingVerbWithItsSubjectLeftOutOrTitledGivesTheOtherSide() {
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026.- El canciller peruano, Luis Ortiz, inauguró un foro"
                + " económico. Luego se reunió con el presidente boliviano, Pedro Arze.");
    assertThat(es.meetings())
        .anySatisfy(m -> assertThat(m.parties()).isEqualTo(List.of("BOL", "PER")));
    Extraction fr =
        read(
            "Rabat, 10 mars – Le ministre marocain des Affaires étrangères, M. Karim Alaoui, a"
                + " inauguré un forum économique. Le ministre a rencontré ensuite le président"
                + " sénégalais, M. Moussa Fall.");
    assertThat(fr.meetings())
        .anySatisfy(m -> assertThat(m.parties()).isEqualTo(List.of("MAR", "SEN")));
  }

  @Test
  void servicesTaskedAndInvitationsAcceptedAreUndertakings() {
    Extraction fr =
        read(
            "Rabat, 10 mars – Le ministre marocain des Affaires étrangères, M. Karim Alaoui, a reçu"
                + " lundi son homologue sénégalais, M. Moussa Fall. Les ministres ont chargé leurs"
                + " services de finaliser le projet d'accord sur la pêche d'ici juin. Le président"
                + " sénégalais a accepté l'invitation à se rendre au Maroc.");
    assertThat(commitment(fr, "finaliser").parties()).isEqualTo(List.of("MAR", "SEN"));
    assertThat(commitment(fr, "se rendre").parties()).contains("SEN");
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026.- El canciller peruano, Luis Ortiz, se reunió el lunes con su"
                + " homólogo ecuatoriano, Pedro Ruiz. Los ministros encargaron a sus equipos técnicos"
                + " finalizar el proyecto de acuerdo sobre pesca antes de junio.");
    assertThat(commitment(es, "finalizar").parties()).isEqualTo(List.of("ECU", "PER"));
  }

  @Test
  void theOneSideNamedAfterTheTriggerIsWhereTheOtherSideGoes() {
    Extraction fr =
        read(
            "Rabat, 10 mars – Le ministre marocain des Affaires étrangères, M. Karim Alaoui, a reçu"
                + " lundi son homologue sénégalais, M. Moussa Fall. Le ministre effectuera une visite"
                + " officielle au Sénégal le mois prochain.");
    assertThat(commitment(fr, "effectuer").parties()).isEqualTo(List.of("MAR", "SEN"));
  }

  @Test
  void aSpanishCounterpartIsAParASimilarOrAContraparteToo() {
    for (String word :
        List.of("su par boliviano", "su similar de Bolivia", "su contraparte boliviana")) {
      Extraction es =
          read(
              "Lima, 10 de marzo de 2026.- El canciller peruano, Luis Ortiz, inauguró un foro"
                  + " económico. El canciller sostuvo una reunión con "
                  + word
                  + ".");
      assertThat(es.meetings())
          .as(word)
          .anySatisfy(m -> assertThat(m.parties()).isEqualTo(List.of("BOL", "PER")));
    }
  }
}
