package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Talks on the sidelines of a gathering, a demonym that describes a place, a summoned envoy and a
 * title that lists a union among its portfolios. Invented texts.
 */
class FrenchAndSpanishGatheringsTest {

  @Test
  void talksOnTheSidelinesAreBilateralAndTheGatheringIsAMeeting() {
    Extraction e =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Raúl Quispe Arana, se reunió el lunes con su"
                + " homólogo de Kenia, Daniel Mwangi, al margen de la cumbre del G20.");
    assertThat(e.meetings())
        .extracting(Meeting::parties)
        .containsExactlyInAnyOrder(List.of("KEN", "PER"), List.of("G20", "KEN", "PER"));
  }

  @Test
  void aDemonymThatDescribesAPlaceIsNoSide() {
    Extraction e =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Raúl Quispe Arana, se reunió el lunes en la"
                + " ciudad brasileña de Manaos con su homólogo de Bolivia, Luis Mamani.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("BOL", "PER"));
  }

  @Test
  void aSummonedEnvoyMeetsTheMinistry() {
    Extraction e =
        read(
            "Ciudad de Guatemala, 9 de marzo – El viceministro de Relaciones Exteriores, Julio"
                + " Ajpop, convocó el lunes al embajador de Honduras, Mario Zelaya.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("GTM", "HND"));
  }

  @Test
  void aUnionAmongAMinistersPortfoliosIsNoSide() {
    Extraction e =
        read(
            "Madrid, 9 de marzo – El ministro de Asuntos Exteriores, Unión Europea y Cooperación,"
                + " Pablo Ruiz, se reunió el lunes con su homólogo de Kenia, Daniel Mwangi.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("ESP", "KEN"));
  }

  @Test
  void anEarlierSessionDatedByItsOwnVerbIsAMeetingOfItsOwn() {
    Extraction e =
        read(
            "Dakar, 9 mars – Le ministre des Affaires étrangères, M. Amadou Ndiaye, a reçu lundi"
                + " son homologue du Portugal, M. Rui Costa. Les deux ministres ont passé en revue"
                + " les relations depuis la deuxième session, tenue à Lisbonne en mai 2023.");
    assertThat(e.meetings())
        .extracting(m -> m.date().toString())
        .containsExactlyInAnyOrder("2026-03-09", "2023-05");
  }

  @Test
  void aDateSetOffByACommaStillDatesTheMeeting() {
    Extraction e =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Luis Soto, recibió el lunes a su homólogo"
                + " de Bolivia, Carlos Mamani. Los cancilleres se habían reunido por última vez en"
                + " La Paz, en enero.");
    assertThat(e.meetings())
        .extracting(m -> m.date().toString())
        .containsExactlyInAnyOrder("2026-03-09", "2026-01");
  }

  @Test
  void aRoundOfTalksToldOnePartnerAtATimeIsOneMeetingWithEach() {
    Extraction e =
        read(
            "Lima, 10 de marzo de 2026 – El canciller del Perú, Raúl Quispe Arana, sostuvo el lunes"
                + " tres reuniones bilaterales al margen de una cumbre regional en Santiago.\n\n"
                + "Con la canciller de Colombia, Ana María Restrepo, Quispe abordó la seguridad en"
                + " la frontera amazónica.\n\nCon su homólogo de México, Jorge Salinas, el"
                + " canciller peruano conversó sobre el comercio.\n\nLa reunión con el ministro de"
                + " Relaciones Exteriores de Chile, Tomás Errázuriz, se centró en el corredor"
                + " bioceánico.");
    assertThat(e.meetings())
        .extracting(m -> String.join("+", m.parties()) + " " + m.date())
        .containsExactlyInAnyOrder(
            "COL+PER 2026-03-09", "MEX+PER 2026-03-09", "CHL+PER 2026-03-09");
  }

  @Test
  void partnersListedAfterOneVerbMeetOneByOne() {
    Extraction e =
        read(
            "Berne, le 10 mars 2026 – La conseillère fédérale Anne Keller a eu lundi des entretiens"
                + " bilatéraux avec le ministre des Affaires étrangères du Sénégal, M. Amadou"
                + " Ndiaye, avec la ministre marocaine des Affaires étrangères, Mme Leila"
                + " Benjelloun, et avec le secrétaire général de l'OIF, M. Paul Mbeki.");
    assertThat(e.meetings())
        .extracting(m -> String.join("+", m.parties()))
        .containsExactlyInAnyOrder("CHE+SEN", "CHE+MAR", "CHE+OIF");
  }

  @Test
  void aFrontedPhraseWithoutAnOfficialIsNoPartner() {
    Extraction e =
        read(
            "Lima, 10 de marzo de 2026 – Con este fin, el Gobierno del Perú aprobó un plan de"
                + " vivienda en Lima.");
    assertThat(e.meetings()).isEmpty();
  }

  @Test
  void counterpartsOfSeveralStatesAreOneMeetingEachAndACityMayBeAGivenName() {
    Extraction e =
        read(
            "El ministro de Exteriores se reúne con sus homólogos de Argentina y Sudáfrica\n\n"
                + "Madrid, 10 de marzo de 2026. El ministro de Asuntos Exteriores, Pablo Ruiz, se"
                + " reunió el lunes con el canciller argentino, Santiago Ocampo.\n\nEse mismo día,"
                + " Ruiz se reunió con la ministra sudafricana de Relaciones Internacionales, Naledi"
                + " Mokoena.");
    assertThat(person(e, "Santiago Ocampo").affiliation()).isEqualTo("ARG");
    assertThat(e.meetings())
        .extracting(m -> String.join("+", m.parties()) + " " + m.date())
        .containsExactlyInAnyOrder("ARG+ESP 2026-03-09", "ESP+ZAF 2026-03-09");
  }

  @Test
  void aDayThatOpensTheSentenceDatesItsCallApartFromTheSession() {
    Extraction e =
        read(
            "La 4e session de la commission mixte entre le Sénégal et la Gambie s'est tenue"
                + " vendredi à Dakar.\n\nLundi, le président sénégalais, M. Abdou"
                + " Ndiaye, s'est entretenu au téléphone avec son homologue gambien, M. Lamin"
                + " Jallow.");
    assertThat(e.meetings())
        .extracting(m -> m.mode() + " " + m.date())
        .containsExactlyInAnyOrder("IN_PERSON 2026-03-06", "PHONE 2026-03-09");
  }

  @Test
  void aPresentPerfectHostAndAnEarlierSessionInACapitalNamedInSpanish() {
    Extraction e =
        read(
            "MADRID, 9 mar. 2026 (Agencia) -\n\nLa ministra de Asuntos Exteriores, Elena Vidal"
                + " Soler, ha recibido este lunes en Madrid a su homólogo chadiano, Idriss Mahamat"
                + " Abakar.\n\nAbakar recordó la primera Comisión Mixta entre ambos países,"
                + " celebrada el pasado 16 de enero en Yamena.");
    assertThat(e.meetings())
        .extracting(m -> m.kind() + " " + m.place() + " " + m.date())
        .containsExactlyInAnyOrder("host Madrid 2026-03-09", "meeting Yamena 2026-01-16");
  }

  @Test
  void aVisitToACapitalIsAMeetingWithItsState() {
    Extraction e =
        read(
            "Titre\n\nLe ministre sénégalais des Affaires étrangères, M. Abdou Ndiaye, a effectué"
                + " lundi une visite de travail à Bruxelles.");
    assertThat(e.meetings())
        .extracting(m -> m.parties() + " " + m.place())
        .containsExactly("[BEL, SEN] Bruxelles");
  }
}
