package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.commitment;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * More forms of French and Spanish readouts, one invented text each: capitals by their own names,
 * spliced related headlines, willingness and agenda verbs, bounds that exclude what they name, the
 * end of a month, pluperfect talks and signings told in the passive, the present perfect of Spain's
 * press, states that talks were about.
 */
class FrenchAndSpanishVarietyTest {

  @Test
  void aCapitalByItsFrenchNameGivesTheDatelinesState() {
    Extraction e =
        read(
            "Entretien téléphonique\n\nALGER, 9 mars – Le ministre des Affaires étrangères, M."
                + " Nabil Ferhat, a eu lundi un entretien téléphonique avec son homologue"
                + " malienne, Mme Awa Traoré.");
    assertThat(person(e, "Nabil Ferhat").affiliation()).isEqualTo("DZA");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("DZA", "MLI"));
  }

  @Test
  void splicedRelatedHeadlinesAreNotRead() {
    Extraction e =
        read(
            "Lima, 9 de marzo – El canciller peruano, Raúl Quispe Arana, se reunió el lunes con su"
                + " homólogo chileno, Andrés Fuenzalida.\n\nRelacionadas\nBolivia y Paraguay"
                + " firmarán un acuerdo energético\nEcuador recibirá al presidente de Colombia");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("CHL", "PER"));
    assertThat(e.commitments()).isEmpty();
    assertThat(e.agreements()).isEmpty();
  }

  @Test
  void willingnessAndAgendaVerbsAreNoUndertakings() {
    Extraction e =
        read(
            "Rabat, le 9 mars 2026 – La ministre marocaine des Affaires étrangères, Mme Leïla"
                + " Benslimane, recevra jeudi son homologue portugaise, Mme Inês Cardoso. Les deux"
                + " ministres évoqueront la migration. Elles se sont dites disposées à élargir la"
                + " coopération énergétique.");
    assertThat(e.commitments()).extracting(Commitment::action).noneMatch(a -> a.startsWith("évoq"));
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .noneMatch(a -> a.startsWith("élarg"));
    assertThat(commitment(e, "recevoir").deadline().due().toString()).isEqualTo("2026-03-12");
  }

  @Test
  void aBoundBeforeAYearOrAMonthExcludesIt() {
    Extraction e =
        read(
            "Quito, 9 de marzo de 2026 – El canciller ecuatoriano, Marco Vinueza, y su homóloga"
                + " colombiana, Paula Rincón, acordaron inaugurar el nuevo puente antes de 2030 y"
                + " crear un fondo binacional antes de junio.");
    assertThat(commitment(e, "inaugurar").deadline().due().toString()).isEqualTo("2029-12-31");
    assertThat(commitment(e, "crear").deadline().due().toString()).isEqualTo("2026-05-31");
  }

  @Test
  void theEndOfAMonthAndYearsToComeAreDeadlines() {
    Extraction e =
        read(
            "Dakar, le 9 mars 2026 – Le ministre sénégalais des Finances, M. Idrissa Ndour, et son"
                + " homologue guinéen, M. Sékou Camara, sont convenus de tenir une réunion"
                + " technique avant la fin du mois d'avril. Le Sénégal s'engage à verser 10"
                + " millions de dollars au cours des trois prochaines années.");
    assertThat(commitment(e, "tenir").deadline().due().toString()).isEqualTo("2026-04-30");
    assertThat(commitment(e, "verser").deadline().due().toString()).isEqualTo("2029-03-10");
  }

  @Test
  void aPastDateIsNoDeadline() {
    Extraction e =
        read(
            "Madrid, 9 de marzo de 2026 – La ministra española de Asuntos Exteriores, Elena Ruiz"
                + " Soto, y su homólogo tunecino, Karim Jaziri, presidirán la reunión de"
                + " seguimiento del plan de acción adoptado en 2022.");
    assertThat(commitment(e, "presidir").deadline()).isNull();
  }

  @Test
  void pluperfectTalksAndPassiveSigningsAreMeetings() {
    Extraction e =
        read(
            "Bamako, le 9 mars 2026 – Un accord de coopération sanitaire a été signé lundi à Bamako"
                + " par le ministre malien de la Santé, M. Oumar Diarra, et la ministre nigérienne"
                + " de la Santé, Mme Aïchatou Issa. Les deux ministres s'étaient entretenus par"
                + " téléphone le 12 février.");
    assertThat(e.meetings())
        .extracting(m -> m.parties() + " " + m.date())
        .contains("[MLI, NER] 2026-03-09", "[MLI, NER] 2026-02-12");
  }

  @Test
  void aSharedTargetIsAnUndertakingWithItsYear() {
    Extraction fr =
        read(
            "Dakar, le 2 avril 2026 – Les présidents du Sénégal et de la Gambie ont réaffirmé"
                + " leur objectif de porter les échanges à 2 milliards d'euros d'ici 2030.");
    assertThat(commitment(fr, "porter").deadline().due().toString()).isEqualTo("2030-12-31");
    Extraction es =
        read(
            "Asunción, 2 de abril de 2026 – Los cancilleres de Paraguay y Bolivia fijaron la meta"
                + " de duplicar el comercio bilateral para 2029.");
    assertThat(commitment(es, "duplicar").parties()).containsExactly("BOL", "PRY");
  }

  @Test
  void aSecondOfficialOfOneDelegationStandsForItsState() {
    Extraction es =
        read(
            "Quito, 5 de marzo de 2026 – El canciller de Ecuador, Hugo Almeida Torres, recibió"
                + " este jueves al canciller de Bolivia, Luis Quiroga Paz, y a la ministra de"
                + " Defensa, Rosa Mamani Flores.");
    assertThat(person(es, "Rosa Mamani Flores").affiliation()).isEqualTo("BOL");
    Extraction fr =
        read(
            "Lomé, le 5 mars 2026 – Le ministre des Affaires étrangères du Bénin, M. Paul Houngbo,"
                + " et la ministre de la Défense, Mme Awa Sossou, ont été reçus jeudi par le"
                + " Premier ministre togolais, M. Kossi Agbeyome.");
    assertThat(person(fr, "Awa Sossou").affiliation()).isEqualTo("BEN");
  }

  @Test
  void aSpanishTitleJoinsItsPortfoliosWithE() {
    Extraction es =
        read(
            "Santiago, 3 de septiembre de 2025 – El ministro de Comercio e Industria de India,"
                + " Ravi Mehra, visitará Chile en octubre.");
    assertThat(person(es, "Ravi Mehra").affiliation()).isEqualTo("IND");
  }

  @Test
  void spanishHonorificsAbbreviatedDoNotEndTheSentence() {
    Extraction es =
        read(
            "San José, 4 de marzo de 2026 – La ministra de Comercio Exterior de Costa Rica, Sra."
                + " Elena Vargas Mora, recibió al canciller de la República de Panamá, Excmo. Sr."
                + " Rubén Castillo Díaz, y a la Dra. Inés Quirós, embajadora de Nueva Zelandia."
                + " Los tres conversaron sobre el comercio y la migración en la región.");
    assertThat(person(es, "Elena Vargas Mora").affiliation()).isEqualTo("CRI");
    assertThat(person(es, "Rubén Castillo Díaz").affiliation()).isEqualTo("PAN");
  }

  @Test
  void aStateNameThatIsAlsoAFirstNameIsNoStateBeforeASurname() {
    Extraction es =
        read(
            "Tegucigalpa, 4 de marzo de 2026 – El canciller de Honduras, Sr. Mauricio Reyes"
                + " Paz, conversó por teléfono con su par de Nueva Zelandia, Tom Whitcombe.");
    assertThat(e(es)).containsExactly(List.of("HND", "NZL"));
  }

  private static List<List<String>> e(Extraction x) {
    return x.meetings().stream().map(Meeting::parties).toList();
  }

  @Test
  void theHomeDemonymNamesItsStateAndTheEveIsTheDayBefore() {
    Extraction fr =
        read(
            "Paris, le 10 mars 2026 – La veille, le ministre français des Affaires étrangères, M."
                + " Paul Dubois, s'était entretenu avec son homologue allemande, Mme Anna Weber. Les"
                + " deux ministres ont évoqué la sécurité européenne et les migrations.");
    assertThat(person(fr, "Paul Dubois").affiliation()).isEqualTo("FRA");
    assertThat(fr.meetings())
        .singleElement()
        .satisfies(m -> assertThat(m.date()).hasToString("2026-03-09"));
    Extraction es =
        read(
            "Quito, 10 de marzo de 2026 – La secretaria de Estado española de Comercio, Sra. Marta"
                + " Gil, se reunió este martes con el canciller de Ecuador, Luis Mora. Ambos"
                + " analizaron el comercio y la cooperación en materia de migración.");
    assertThat(person(es, "Marta Gil").affiliation()).isEqualTo("ESP");
  }

  @Test
  void aFutureSessionReportedInThePastIsAnUndertakingNotAMeeting() {
    Extraction fr =
        read(
            "Alger, le 10 mars 2026 – Le ministre algérien des Affaires étrangères, M. Ali Saadi,"
                + " a reçu lundi son homologue suisse, M. Paul Meier. Il a été convenu que la"
                + " prochaine session des consultations politiques se tiendra à Berne en 2027.");
    assertThat(fr.meetings()).extracting(Meeting::date).doesNotContainNull();
    assertThat(fr.meetings()).noneMatch(m -> m.date().toString().startsWith("2027"));
    assertThat(commitment(fr, "tenir").deadline().due()).hasToString("2027-12-31");
  }

  @Test
  void portfoliosListedAfterACommaBelongToTheTitle() {
    Extraction es =
        read(
            "Asunción, 10 de marzo de 2026 – El ministro de Relaciones Exteriores, Comercio"
                + " Internacional y Culto de la República Argentina, Diego Paz Olmos, fue recibido"
                + " este lunes por el presidente de Paraguay. Ambos analizaron el comercio y la"
                + " integración energética de la región.");
    assertThat(es.persons()).extracting(p -> p.name()).containsExactly("Diego Paz Olmos");
    assertThat(person(es, "Diego Paz Olmos").affiliation()).isEqualTo("ARG");
  }

  @Test
  void aStateTalkedAboutAfterARegionIsNoParty() {
    Extraction fr =
        read(
            "Berne, le 10 mars 2026 – La secrétaire d'État suisse, Mme Anne Keller, a reçu lundi le"
                + " secrétaire général du ministère algérien des Affaires étrangères. Les entretiens"
                + " ont porté sur les relations bilatérales ainsi que sur la situation au Sahel et"
                + " en Libye.");
    assertThat(fr.meetings()).extracting(Meeting::parties).containsExactly(List.of("CHE", "DZA"));
  }

  @Test
  void aLakeAndRefugeesNamedByTheirStateAreNoParties() {
    Extraction fr =
        read(
            "Niamey, le 10 mars 2026 – Le ministre nigérien des Affaires étrangères, M. Ali Maïga,"
                + " a reçu lundi son homologue béninois, M. Paul Adjovi. Les entretiens ont porté sur"
                + " la sécurité dans le bassin du lac Tchad et sur l'afflux de réfugiés soudanais.");
    assertThat(fr.meetings()).extracting(Meeting::parties).containsExactly(List.of("BEN", "NER"));
  }

  @Test
  void aNounAfterAnAgreementVerbIsAnUndertakingOnlyWhenItNamesAnAct() {
    Extraction thing =
        read(
            "Lima, 9 de marzo – Los cancilleres de Perú y Bolivia acordaron los criterios para la"
                + " nueva tarifa del gas.");
    assertThat(thing.commitments()).isEmpty();
    Extraction act =
        read(
            "Lima, 9 de marzo – Los cancilleres de Perú y Bolivia acordaron la creación de un grupo"
                + " de trabajo sobre el gas.");
    assertThat(act.commitments())
        .extracting(c -> c.action())
        .containsExactly("creación de un grupo de trabajo sobre el gas");
  }

  @Test
  void aBodysShortNameInBracketsStandsBetweenTitleAndName() {
    Extraction es =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Luis Soto, se reunió con el secretario"
                + " general del Sistema de la Integración Centroamericana (SICA), Sr. Ricardo Tobar"
                + " Méndez.");
    assertThat(person(es, "Ricardo Tobar Méndez").affiliation()).isEqualTo("SICA");
    Extraction fr =
        read(
            "Dakar, 9 mars – Le ministre sénégalais des Affaires étrangères, M. Amadou Ndiaye, a"
                + " reçu la directrice générale adjointe de la Communauté du Pacifique (CPS), Mme"
                + " Losa Vaka.");
    assertThat(person(fr, "Losa Vaka").affiliation()).isEqualTo("SPC");
  }

  @Test
  void futuresBuiltOnIrregularVerbsAndPronominalVerbsKeepTheirInfinitive() {
    Extraction fr =
        read(
            "Dakar, 9 mars – Le ministre sénégalais des Affaires étrangères, M. Amadou Ndiaye,"
                + " s'entretiendra vendredi avec le président malien.");
    assertThat(commitment(fr, "s'entretenir").action())
        .isEqualTo("s'entretenir avec le président malien");
    Extraction es =
        read(
            "Lima, 9 de marzo – El canciller del Perú, Luis Soto, propondrá a Bolivia un acuerdo"
                + " sobre el lago.");
    assertThat(commitment(es, "proponer").action()).startsWith("proponer a Bolivia");
  }

  @Test
  void aCommissionerServesTheCommissionOfTheOrganisationTheTextNames() {
    Extraction fr =
        read(
            "Addis-Abeba, 9 mars – Le ministre sénégalais des Affaires étrangères, M. Amadou"
                + " Ndiaye, a rencontré lundi au siège de l'Union africaine la Commissaire aux"
                + " Affaires politiques, Mme Awa Diallo, avec laquelle il a évoqué la préparation"
                + " du sommet de l'Union africaine.");
    assertThat(person(fr, "Awa Diallo").affiliation()).isEqualTo("AU");
  }

  @Test
  void aConditionalAfterAReportingVerbIsTheFutureOfReportedSpeech() {
    Extraction fr =
        read(
            "Lomé, le 3 mars 2026 – Le ministre togolais des Affaires étrangères, M. Paul Agbéko,"
                + " a reçu lundi l'ambassadeur du Ghana.\n\nM. Agbéko a par ailleurs assuré que le"
                + " Togo ouvrirait un consulat à Kumasi avant la fin de l'année. Il a indiqué que"
                + " le Togo pourrait aussi ouvrir une école.");
    assertThat(commitment(fr, "ouvrir un consulat").deadline().due().toString())
        .isEqualTo("2026-12-31");
    assertThat(fr.commitments()).extracting(Commitment::action).noneMatch(a -> a.contains("école"));
    Extraction es =
        read(
            "Quito, 3 de marzo de 2026 – El canciller ecuatoriano, Raúl Andrade, recibió el lunes"
                + " al embajador de Chile.\n\nAndrade aseguró que Ecuador enviaría una misión"
                + " técnica a Santiago en abril.");
    assertThat(commitment(es, "enviar").deadline().due().toString()).isEqualTo("2026-04-30");
  }

  @Test
  void portfoliosNameNoSideOfAMinisterAndListsGoOnPastTheirCommas() {
    Extraction fr =
        read(
            "Brazzaville, le 3 mars 2026 – Le ministre des Affaires étrangères, de la Francophonie"
                + " et des Congolais de l'étranger, M. Jean Mabiala, a reçu lundi le commissaire"
                + " européen au Commerce, M. Jonas Berg.");
    assertThat(person(fr, "Jean Mabiala").affiliation()).isEqualTo("COG");
    assertThat(person(fr, "Jonas Berg").affiliation()).isEqualTo("EU");
    Extraction es =
        read(
            "Quito, 3 de marzo de 2026 – El canciller peruano recibió al ministro de Producción,"
                + " Comercio Exterior, Inversiones y Pesca, Santiago Vela Arroyo.");
    assertThat(person(es, "Santiago Vela Arroyo").role())
        .isEqualTo("ministro de Producción, Comercio Exterior, Inversiones y Pesca");
  }

  @Test
  void theHeadOfADelegationServesItsStateAndIsReceivedWithADayBetween() {
    Extraction fr =
        read(
            "Rabat, le 3 mars 2026 – Une délégation parlementaire sénégalaise, conduite par le"
                + " président du Sénat, M. Ali Ndiaye, a été reçue lundi par le président de la"
                + " Chambre des représentants, M. Rachid Alami.");
    assertThat(person(fr, "Ali Ndiaye").affiliation()).isEqualTo("SEN");
    assertThat(fr.meetings()).extracting(Meeting::parties).containsExactly(List.of("MAR", "SEN"));
    Extraction es =
        read(
            "Madrid, 3 de marzo de 2026 – Una delegación parlamentaria senegalesa, encabezada por el"
                + " presidente del Senado, Ali Ndiaye, fue recibida el lunes por el presidente del"
                + " Congreso, Rafael Gómez.");
    assertThat(person(es, "Ali Ndiaye").affiliation()).isEqualTo("SEN");
    assertThat(es.meetings()).extracting(Meeting::parties).containsExactly(List.of("ESP", "SEN"));
  }

  @Test
  void envoysListedEachWithTheirOwnTitleServeTheirOwnStates() {
    Extraction e =
        read(
            "Libreville, le 3 mars 2026 – Le chef de l'État a reçu les lettres de créance de trois"
                + " ambassadeurs : S.E. M. Paolo Ferri, ambassadeur extraordinaire et"
                + " plénipotentiaire de la République italienne, S.E. Mme Ana Couto, ambassadrice du"
                + " Brésil, et S.E. M. Kenji Sato, ambassadeur du Japon.");
    assertThat(person(e, "Paolo Ferri").affiliation()).isEqualTo("ITA");
    assertThat(person(e, "Ana Couto").affiliation()).isEqualTo("BRA");
    assertThat(person(e, "Kenji Sato").affiliation()).isEqualTo("JPN");
  }

  @Test
  void anArticleAndAnHonorificMayStandBetweenATitleAndItsName() {
    Extraction e =
        read(
            "Antananarivo, le 3 mars 2026 – Le président a reçu le directeur général de"
                + " l'Organisation mondiale de la santé (OMS), le Dr Paul Mendes, en visite"
                + " officielle.");
    assertThat(person(e, "Paul Mendes").affiliation()).isEqualTo("WHO");
  }

  @Test
  void thePassiveFutureOfAnUndertakingIsReadAsItsVerb() {
    Extraction fr =
        read(
            "Abidjan, le 3 mars 2026 – Le ministre ivoirien des Affaires étrangères, M. Paul Koné,"
                + " a reçu lundi son homologue malien, M. Ali Keïta.\n\nLa convention consulaire,"
                + " dont le texte a été finalisé en février, sera signée à Bamako en mai. Un rapport"
                + " conjoint sera remis aux deux ministres d'ici la fin de l'année.");
    assertThat(commitment(fr, "signer la convention consulaire").deadline().due().toString())
        .isEqualTo("2026-05-31");
    assertThat(commitment(fr, "remettre un rapport").deadline().due().toString())
        .isEqualTo("2026-12-31");
    Extraction es =
        read(
            "Quito, 3 de marzo de 2026 – El canciller ecuatoriano, Raúl Andrade, recibió el lunes a"
                + " su homólogo peruano, José Quispe.\n\nEl informe final será presentado en junio.");
    assertThat(commitment(es, "presentar el informe final").deadline().due().toString())
        .isEqualTo("2026-06-30");
  }

  @Test
  void anOccasionAgreedInTheSubjunctiveIsAnUndertaking() {
    Extraction es =
        read(
            "Asunción, 3 de marzo de 2026 – El canciller paraguayo, Rubén Sosa, recibió el lunes a su"
                + " homólogo argentino, Pablo Ortiz.\n\nSe acordó que la próxima reunión del"
                + " mecanismo tenga lugar en Buenos Aires en 2027.");
    assertThat(commitment(es, "celebrar la próxima reunión").deadline().due().toString())
        .isEqualTo("2027-12-31");
    Extraction fr =
        read(
            "Dakar, le 3 mars 2026 – Le ministre sénégalais, M. Ali Ndiaye, a reçu lundi son"
                + " homologue gambien, M. Lamin Jatta.\n\nIls sont convenus que la prochaine session"
                + " de la commission mixte se tienne à Banjul en 2027.");
    assertThat(commitment(fr, "tenir la prochaine session").deadline().due().toString())
        .isEqualTo("2027-12-31");
  }

  @Test
  void thePresentPerfectReportsTalksThatHappened() {
    Extraction e =
        read(
            "Madrid, 9 de marzo de 2026 – La ministra de Asuntos Exteriores de España, Ana Ruiz,"
                + " se ha reunido este lunes en Madrid con su homólogo de Chile, Pedro Soto.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("CHL", "ESP"));
    Extraction call =
        read(
            "Madrid, 9 de marzo de 2026 – Luis Gómez, ministro de Asuntos Exteriores de España, ha"
                + " hablado con Martín Sosa, canciller de Uruguay, sobre el comercio de carne.");
    assertThat(call.meetings()).extracting(Meeting::parties).containsExactly(List.of("ESP", "URY"));
  }

  @Test
  void aStateTheTalksWereAboutIsNoSideOfThem() {
    Extraction e =
        read(
            "Lima, 9 de marzo de 2026 – El canciller de Perú, Raúl Quispe, conversó este lunes con"
                + " su homólogo de Chile, Andrés Molina, sobre la crisis que atraviesa Haití y la"
                + " invasión rusa.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("CHL", "PER"));
  }

  @Test
  void aCommuniqueQuotedWholeReportsItsTalks() {
    Extraction e =
        read(
            "Le texte du communiqué suit.\n\n« Sur invitation de son homologue gabonais, M. Paul"
                + " Ndong, le ministre malien des Affaires étrangères, M. Ali Traoré, s’est rendu à"
                + " Libreville le 2 mars 2026 pour une visite de travail.\n\nLes deux ministres ont"
                + " passé en revue la coopération entre le Gabon et le Mali. »");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("GAB", "MLI"));
    assertThat(e.meetings().get(0).date()).hasToString("2026-03-02");
  }
}
