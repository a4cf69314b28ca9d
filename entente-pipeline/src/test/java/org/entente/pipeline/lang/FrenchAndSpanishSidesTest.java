package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.commitment;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The sides bound by an undertaking, told without naming a state: officials named again by their
 * surname, the two sides named by their office, instructions to ministers of a named portfolio, and
 * offices that exist in one state only. Invented texts.
 */
class FrenchAndSpanishSidesTest {

  @Test
  void surnamesAloneBindTheirOfficialsStates() {
    Extraction e =
        read(
            "NIAMEY, 9 mars – Le ministre des Affaires étrangères du Niger, M. Ali Tankari, a reçu"
                + " lundi son homologue togolais, M. Paul Agbéko.\n\nMM. Tankari et Agbéko sont"
                + " convenus de bâtir un pont sur le fleuve.");
    assertThat(commitment(e, "bâtir").parties()).containsExactly("NER", "TGO");
  }

  @Test
  void aSurnameInsideAnotherNameBindsNobody() {
    Extraction e =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Raúl José Arana, habló con la prensa.\n\n"
                + "El gobierno de San José anunció que abrirá un consulado en Quito.");
    assertThat(commitment(e, "abrir").parties()).doesNotContain("PER");
  }

  @Test
  void theTwoSidesNamedByTheirOfficeAreBound() {
    Extraction e =
        read(
            "Tunis, le 9 mars 2026 – Les chefs du gouvernement tunisien et libyen se sont réunis"
                + " lundi à Tunis.\n\nLes deux chefs de gouvernement sont convenus de rouvrir le"
                + " poste frontalier avant le 30 avril. Ils ont également chargé leurs ministres"
                + " du Commerce d'élaborer un plan de relance des échanges.");
    assertThat(commitment(e, "rouvrir").parties()).containsExactly("LBY", "TUN");
    assertThat(commitment(e, "élaborer").parties()).containsExactly("LBY", "TUN");
  }

  @Test
  void anOfficeOfOneStateImpliesIt() {
    Extraction e =
        read(
            "Ciudad de Guatemala, 9 de marzo – La secretaria de Relaciones Exteriores, Irene"
                + " Montaño, se reunió el lunes con el canciller de Guatemala, Luis Ajpop.");
    assertThat(person(e, "Irene Montaño").affiliation()).isEqualTo("MEX");
    assertThat(e.meetings().get(0).parties()).isEqualTo(List.of("GTM", "MEX"));
  }

  @Test
  void aSecondUndertakingSharesTheFirstsLeftOutSubject() {
    Extraction e =
        read(
            "Quito, 9 de marzo – El presidente de Colombia, Juan Pérez Gil, y el presidente del"
                + " Ecuador, Luis Mora Vega, se reunieron el lunes en Tulcán.\n\nSe"
                + " comprometieron a suprimir, antes del 30 de abril, los aranceles y a ampliar el"
                + " horario del puente.");
    assertThat(commitment(e, "ampliar").parties()).containsExactly("COL", "ECU");
    assertThat(commitment(e, "ampliar").deadline().due().toString()).isEqualTo("2026-04-30");
  }

  @Test
  void anOrganisationThatFramesTheTalksIsNoSideOfThem() {
    Extraction fr =
        read(
            "Tunis, le 9 mars 2026 – Le ministre des Affaires étrangères, M. Karim Ben Salah, a reçu"
                + " lundi l'ambassadeur du Portugal, M. Rui Lopes, pour renforcer la coopération"
                + " dans le cadre de l'Union européenne.");
    assertThat(fr.meetings().get(0).parties()).isEqualTo(List.of("PRT", "TUN"));
    Extraction es =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Raúl Arana, se reunió el lunes con el"
                + " canciller de Chile, Pablo Soto, en el marco de la Organización de los Estados"
                + " Americanos.");
    assertThat(es.meetings().get(0).parties()).isEqualTo(List.of("CHL", "PER"));
  }

  @Test
  void theSummitWhereTwoSidesMetIsNoSideOfTheirTalks() {
    Extraction es =
        read(
            "Madrid, 9 de marzo (EFE).- El ministro de Exteriores español, Luis Prado, se ha reunido"
                + " este lunes con su homólogo argelino, Karim Saadi, en la cumbre del G20 en"
                + " Brasil.");
    assertThat(es.meetings().get(0).parties()).isEqualTo(List.of("DZA", "ESP"));
    Extraction fr =
        read(
            "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères, M. Amadou"
                + " Sall, a rencontré lundi son homologue malien, M. Issa Traoré, lors du sommet de"
                + " l'Union africaine à Addis-Abeba.");
    assertThat(fr.meetings().get(0).parties()).isEqualTo(List.of("MLI", "SEN"));
  }

  @Test
  void counterpartsNamedBetweenCommasAreMetOneByOne() {
    Extraction fr =
        read(
            "Accra, le 9 mars 2026 – Le ministre ghanéen des Affaires étrangères, M. Kofi Mensah,"
                + " s'est entretenu lundi avec ses homologues togolais, M. Paul Agbéko, et"
                + " béninois, M. Jean Houngbo.");
    assertThat(fr.meetings())
        .extracting(m -> String.join("+", m.parties()))
        .containsExactlyInAnyOrder("GHA+TGO", "BEN+GHA");
    Extraction es =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Raúl Arana, se reunió el lunes con sus"
                + " homólogos de Chile, Pablo Soto, y de Bolivia, Ana Mamani.");
    assertThat(es.meetings())
        .extracting(m -> String.join("+", m.parties()))
        .containsExactlyInAnyOrder("CHL+PER", "BOL+PER");
  }

  @Test
  void thePresentPerfectOfSpainsPressReleasesAgreesToo() {
    Extraction e =
        read(
            "Madrid, 9 de marzo – El ministro de Asuntos Exteriores de España, Luis Prado, y su"
                + " homólogo de Marruecos, Karim Saadi, se han reunido este lunes en Madrid. Los"
                + " dos ministros han acordado crear un grupo de trabajo sobre migración antes de"
                + " junio.");
    assertThat(commitment(e, "crear").parties()).containsExactly("ESP", "MAR");
  }

  @Test
  void officialsListedAfterAMeetingVerbWithAinsiQueAreOneSide() {
    Extraction e =
        read(
            "PARIS, 9 mars – La ministre, Mme Claire Roux, se rendra au Liban. Elle s'entretiendra"
                + " avec le président de la République libanaise, M. Karim Nassar, ainsi qu'avec le"
                + " Premier ministre, M. Fadi Haddad.");
    assertThat(person(e, "Fadi Haddad").affiliation()).isEqualTo("LBN");
  }

  @Test
  void anOfficialReceivedByATitledOfficialIsOfTheOtherSide() {
    Extraction e =
        read(
            "Brasilia, 9 de marzo (ANDINA). El ministro de Relaciones Exteriores, Dr. Tomás"
                + " Quispe Arana, fue recibido este lunes por el presidente de la República"
                + " Federativa del Brasil, Paulo Mendes Costa. Perú y Brasil firmaron un acuerdo.");
    assertThat(person(e, "Tomás Quispe Arana").affiliation()).isEqualTo("PER");
  }

  @Test
  void aCommitmentStatedByAnyVerbBinds() {
    Extraction es =
        read(
            "Asunción, 9 de marzo – El canciller del Paraguay, Luis Benítez, recibió el lunes a su"
                + " homólogo de Bolivia, Juan Quispe.\n\nAmbos cancilleres manifestaron su"
                + " compromiso en ampliar el comercio fronterizo.");
    assertThat(commitment(es, "ampliar").parties()).containsExactly("BOL", "PRY");
    Extraction fr =
        read(
            "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères, M. Ousmane"
                + " Ba, a reçu lundi son homologue gambien, M. Lamin Ceesay.\n\nLes deux ministres"
                + " ont exprimé leur engagement à rouvrir le pont de Farafenni.");
    assertThat(commitment(fr, "rouvrir").parties()).containsExactly("GMB", "SEN");
  }

  @Test
  void aStateNamedAfterItsCityIsWhereNotWho() {
    Extraction es =
        read(
            "Caracas, 9 de marzo – En el marco de la cumbre regional, celebrada en febrero en"
                + " Santo Domingo, República Dominicana, el canciller venezolano se reunió con su"
                + " homólogo uruguayo, Pablo Rivas.");
    assertThat(es.meetings()).isNotEmpty();
    assertThat(es.meetings().get(0).parties()).isEqualTo(List.of("URY", "VEN"));
  }
}
