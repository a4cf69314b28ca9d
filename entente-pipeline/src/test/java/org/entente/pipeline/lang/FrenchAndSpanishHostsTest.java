package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.commitment;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Whose official a French or Spanish text names without a state: the host who receives a visitor
 * where the visit goes, the counterpart whose state comes before the name, the traveller whose
 * destination is not home; and the dates of an announced programme set off by commas. Invented
 * texts.
 */
class FrenchAndSpanishHostsTest {

  @Test
  void anOfficialWhoReceivesTheVisitorInHisCityIsOfItsState() {
    Extraction fr =
        read(
            "Paris, le 10 mars 2026 – La ministre déléguée, Mme Anne Roussel, s'est rendue au"
                + " Vanuatu. À Port-Vila, elle a été reçue lundi par le Premier ministre, M. Tom"
                + " Kalsakau Tari.");
    assertThat(person(fr, "Anne Roussel").affiliation()).isEqualTo("FRA");
    assertThat(person(fr, "Tom Kalsakau Tari").affiliation()).isEqualTo("VUT");
    Extraction es =
        read(
            "Madrid, 10 de marzo de 2026 – El ministro de Asuntos Exteriores, José Ruiz Soler,"
                + " viajó a Bolivia. En La Paz, fue recibido el lunes por el presidente, Mario"
                + " Quispe Mamani.");
    assertThat(person(es, "Mario Quispe Mamani").affiliation()).isEqualTo("BOL");
  }

  @Test
  void aHostNamedDuringTheVisitOfTheTextsOwnOfficialIsOfTheOtherSide() {
    Extraction fr =
        read(
            "Luxembourg, le 10 mars 2026 – Le ministre de la Coopération, M. Marc Weber, et le"
                + " ministre des Affaires étrangères de Madagascar, M. Hery Rakoto, ont signé lundi"
                + " un accord. Au cours de sa visite, M. Weber a été reçu par le Premier ministre,"
                + " M. Paul Andria Solo.");
    assertThat(person(fr, "Marc Weber").affiliation()).isEqualTo("LUX");
    assertThat(person(fr, "Paul Andria Solo").affiliation()).isEqualTo("MDG");
  }

  @Test
  void whoReceivesADelegationInHisCityIsOfItsState() {
    Extraction fr =
        read(
            "Coopération : le Sénat reçoit le Maroc\n\nLe président du Sénat, M. Yao Koffi"
                + " Brou, a reçu mardi à Abidjan une délégation de la Chambre des conseillers du"
                + " Maroc, venue de Rabat. Le Maroc et ses élus ont salué l'accueil du Maroc.");
    assertThat(person(fr, "Yao Koffi Brou").affiliation()).isEqualTo("CIV");
  }

  @Test
  void aCounterpartsStateBeforeTheNameHoldsWhenAnOfficeFollowsIt() {
    Extraction fr =
        read(
            "Bruxelles, le 10 mars 2026 – Le ministre des Affaires étrangères, M. Jan Peeters,"
                + " s'est entretenu lundi par téléphone avec son homologue du Togo, Mme Afi Mensah,"
                + " ministre d'État, ministre des Affaires étrangères.");
    assertThat(person(fr, "Afi Mensah").affiliation()).isEqualTo("TGO");
    assertThat(person(fr, "Afi Mensah").role()).isEqualTo("ministre d'État");
  }

  @Test
  void whereTheTextsTravellerGoesIsNotItsHome() {
    Extraction fr =
        read(
            "Traoré à Niamey\n\nLe ministre des Affaires étrangères, M. Amadou Traoré, s'est"
                + " rendu lundi à Niamey, où il a été reçu par son homologue nigérien, M. Ali"
                + " Tankari Issa. Le Mali et Niamey ont signé un accord en 2019.");
    assertThat(person(fr, "Amadou Traoré").affiliation()).isEqualTo("MLI");
    assertThat(person(fr, "Ali Tankari Issa").affiliation()).isEqualTo("NER");
  }

  @Test
  void aProgrammesDatesStandAfterAPlaceOrBeforeTheSubject() {
    Extraction fr =
        read(
            "Ottawa, le 10 mars 2026 – La ministre des Affaires étrangères, Mme Claire Tremblay,"
                + " a annoncé qu'elle rencontrera le président, à Genève, en Suisse, le 16"
                + " mars 2026, pour préparer le sommet. Puis, les 17 et 18 mars 2026, la"
                + " ministre prendra part à la conférence de l'OSCE à Vienne.");
    assertThat(commitment(fr, "rencontrer").deadline().due().toString()).isEqualTo("2026-03-16");
    assertThat(commitment(fr, "rencontrer").action()).doesNotContain("Genève");
    assertThat(commitment(fr, "prendre").deadline().due().toString()).isEqualTo("2026-03-18");
  }

  @Test
  void aRankAfterTheHeadStaysInTheTitle() {
    Extraction es =
        read(
            "Madrid, 10 de marzo de 2026 – La vicepresidenta primera del Gobierno, Ana María"
                + " López de la Fuente, inicia hoy una gira.");
    assertThat(person(es, "Ana María López de la Fuente").role())
        .isEqualTo("vicepresidenta primera del Gobierno");
  }

  @Test
  void thePortfoliosOfAPluralTitleAreFollowedByNamesNotMorePortfolios() {
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026 – La canciller se reunirá con los ministros de Defensa y"
                + " del Interior, Raúl Castillo Mena y Pedro Soto, respectivamente.");
    assertThat(person(es, "Raúl Castillo Mena").role())
        .isEqualTo("ministros de Defensa y del Interior");
    assertThat(person(es, "Pedro Soto")).isNotNull();
  }

  @Test
  void whereTheTravellerGoesHomeToIsTheTextsHome() {
    Extraction es =
        read(
            "Gira\n\nLa vicepresidenta del Gobierno, Ana María López, visitará Chile y Bolivia"
                + " antes de su regreso a Uruguay. En Santiago hablará de comercio.");
    assertThat(person(es, "Ana María López").affiliation()).isEqualTo("URY");
  }

  @Test
  void aCommaInsideTheDateLeavesTheActionWhole() {
    Extraction es =
        read(
            "Madrid, 10 de marzo de 2026 – La ministra de Comercio firmará el jueves, 19 de"
                + " marzo, un convenio con Bolivia, según el ministerio.");
    assertThat(commitment(es, "firmar").action()).isEqualTo("firmar un convenio con Bolivia");
    assertThat(commitment(es, "firmar").deadline().due().toString()).isEqualTo("2026-03-19");
  }

  @Test
  void aDatelineWhereTheTravellerWentIsNotHome() {
    Extraction fr =
        read(
            "Déplacement de la ministre déléguée en Malaisie\n\nKUALA LUMPUR – En marge de la"
                + " réunion de l'ASEAN, la ministre déléguée, Mme Anne Roussel, s'est entretenue"
                + " mercredi avec le vice-ministre vietnamien du Commerce, M. Tran Van Long. La"
                + " France accueillera le forum franco-vietnamien.");
    assertThat(person(fr, "Anne Roussel").affiliation()).isEqualTo("FRA");
  }

  @Test
  void aBareOfficeAsSubjectBindsTheOfficialNamedBeforeOnAFrontedDayAhead() {
    Extraction fr =
        read(
            "Ottawa, le 10 mars 2026 – La ministre des Affaires étrangères du Canada, Mme Claire"
                + " Tremblay, a présenté son programme. Puis, le 14 mars, la ministre prendra part"
                + " au forum sur le climat.");
    assertThat(commitment(fr, "prendre").parties()).containsExactly("CAN");
    assertThat(commitment(fr, "prendre").deadline().due().toString()).isEqualTo("2026-03-14");
  }
}
