package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.Person;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phenomena of French and Spanish readouts, one invented text each: counterparts, portfolios,
 * sidelines, places talked about, subjects left unsaid, effects that are no undertakings, weekday
 * dates and topic words.
 */
class FrenchAndSpanishReadingTest {

  @Test
  void talksOnTheSidelinesOfASummitAreBilateral() {
    Extraction e =
        read(
            "En marge du sommet de l'Union africaine à Addis-Abeba, le président ivoirien Alassane"
                + " Konan a eu un tête-à-tête avec son homologue ghanéen John Mensah le 1er mars"
                + " 2026.");
    // the summit is also a meeting of its own (own/README.md: the setting of bilaterals)
    assertThat(e.meetings())
        .extracting(Meeting::parties)
        .containsExactlyInAnyOrder(List.of("CIV", "GHA"), List.of("AU", "CIV", "GHA"));
  }

  @Test
  void sidelinesTalksStayApartFromTheGathering() {
    Extraction e =
        read(
            "Le ministre tunisien des Affaires étrangères a participé, le 2 mars 2026, à la réunion"
                + " ministérielle de la Ligue arabe au Caire. En marge de cette réunion, il a"
                + " rencontré son homologue jordanien, Ayman Haddad.");
    assertThat(e.meetings())
        .extracting(Meeting::parties)
        .contains(List.of("JOR", "TUN"))
        .doesNotContain(List.of("ARAB_LEAGUE", "JOR", "TUN"));
    Meeting bilateral =
        e.meetings().stream()
            .filter(m -> m.parties().equals(List.of("JOR", "TUN")))
            .findFirst()
            .get();
    assertThat(bilateral.date().toString()).isEqualTo("2026-03-02");
  }

  @Test
  void placesTalkedAboutAreNoParties() {
    Extraction e =
        read(
            "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères, Amadou Sow,"
                + " s'est entretenu lundi avec son homologue gambien, Lamin Jallow. Au cours de"
                + " l'entretien, les deux ministres ont évoqué la situation au Mali, au Niger et"
                + " au Tchad.");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("GMB", "SEN"));
  }

  @Test
  void aPortfolioIsNotTheMinistersSide() {
    Extraction e =
        read(
            "Paris, le 10 mars 2026 – La ministre déléguée chargée de la Francophonie, Mme Claire"
                + " Dubois, a rencontré à Paris le ministre canadien des Affaires étrangères, M."
                + " Thomas Leblanc. La France et le Canada ont évoqué la coopération culturelle.");
    assertThat(person(e, "Claire Dubois").affiliation()).isEqualTo("FRA");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("CAN", "FRA"));
  }

  @Test
  void anHonorificBeforeANameIsDropped() {
    Extraction e =
        read(
            "Berlin, le 2 mars 2026 – Mme Sophie Bernard, ministre de l'Europe et des Affaires"
                + " étrangères de la France, s'est entretenue avec son homologue allemande, Mme Anna"
                + " Weber.");
    assertThat(e.persons()).extracting(Person::name).contains("Sophie Bernard");
    assertThat(e.persons()).extracting(Person::name).doesNotContain("Mme Sophie Bernard");
  }

  @Test
  void theCounterpartIsNeverTheHomeState() {
    Extraction e =
        read(
            "El canciller argentino, Martín Ibáñez, sostuvo este lunes una conversación telefónica"
                + " con su par chileno, Andrés Rojas. Rojas y el canciller de la República"
                + " repasaron la agenda con Chile.");
    assertThat(person(e, "Andrés Rojas").affiliation()).isEqualTo("CHL");
    assertThat(person(e, "Martín Ibáñez").affiliation()).isEqualTo("ARG");
    assertThat(e.meetings()).extracting(Meeting::mode).containsExactly(Meeting.Mode.PHONE);
  }

  @Test
  void aSpanishUndertakingWithItsSubjectUnsaidBindsTheParties() {
    Extraction e =
        read(
            "Lima, 9 de marzo de 2026. La canciller peruana, Carmen Salazar, se reunió este lunes"
                + " con su homólogo boliviano, Fernando Quispe. Asimismo, acordaron celebrar la"
                + " próxima reunión del mecanismo de consultas políticas en La Paz antes de fin de"
                + " año.");
    assertThat(e.commitments()).hasSize(1);
    Commitment c = e.commitments().get(0);
    assertThat(c.parties()).containsExactly("BOL", "PER");
    assertThat(c.action()).startsWith("celebrar la próxima reunión");
    assertThat(c.deadline().due().toString()).isEqualTo("2026-12-31");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lima, 10 de marzo de 2026. Perú y Brasil celebraron una reunión. El mandatario peruano"
            + " viajará el próximo lunes a Brasilia.|2026-03-16",
        "Lima, 10 de marzo de 2026. Perú y Brasil celebraron una reunión. El canciller peruano"
            + " viajará el lunes próximo a Brasilia.|2026-03-16",
        "Dakar, le 10 mars 2026 – Le Sénégal et la Gambie ont tenu une réunion. Le président"
            + " sénégalais se rendra lundi prochain à Banjul.|2026-03-16"
      })
  void aWeekdayWithNextBeforeOrAfterIsTheComingOne(String text, String due) {
    Extraction e = read(text);
    assertThat(e.commitments()).isNotEmpty();
    assertThat(e.commitments().get(0).deadline().due().toString()).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Le Maroc et la Mauritanie ont signé un accord, ce qui contribuera à renforcer leurs liens.",
        "El Perú y Bolivia firmaron un convenio, lo que contribuirá a dinamizar el comercio.",
        "Les deux parties ont exprimé leur volonté de renforcer la coopération énergétique.",
        "Chile invitó a Argentina a sumarse a la iniciativa y propuso celebrar un foro."
      })
  void effectsWishesAndRequestsAreNoUndertakings(String sentence) {
    assertThat(read(sentence).commitments()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères s'est entretenu"
            + " lundi avec son homologue gambien. Les deux ministres ont évoqué la coopération en"
            + " matière de protection civile et de prévention des inondations.|civil_protection",
        "Lima, 9 de marzo de 2026. La canciller peruana se reunió este lunes con su homólogo"
            + " boliviano. Ambos cancilleres abordaron la cooperación en prevención de desastres y"
            + " alerta temprana.|civil_protection",
        "Dakar, le 9 mars 2026 – Le ministre sénégalais des Affaires étrangères s'est entretenu"
            + " lundi avec son homologue ivoirien. Les deux ministres ont évoqué la sûreté"
            + " maritime dans le golfe de Guinée.|maritime",
        "Lima, 9 de marzo de 2026. La canciller peruana se reunió este lunes con su homólogo"
            + " boliviano. Ambos cancilleres abordaron la lucha contra el narcotráfico y el crimen"
            + " organizado.|security"
      })
  void topicWordsOfEachLanguageNameTheirTopic(String text, String topic) {
    assertThat(read(text).topics()).contains(topic);
  }

  @Test
  void anUndatedTextIsReadAgainstItsFrenchOrSpanishDateline() {
    Extraction fr =
        Entente.extract(
            new Document(
                "t",
                null,
                null,
                null,
                "NIAMEY, 12 mai 2026 – Le ministre nigérien des Affaires étrangères, Issa Maïga,"
                    + " a reçu lundi son homologue béninois, Paul Houngbo."));
    assertThat(fr.meetings()).extracting(m -> m.date().toString()).containsExactly("2026-05-11");
    Extraction es =
        Entente.extract(
            new Document(
                "t",
                null,
                null,
                null,
                "ASUNCIÓN, 3 de julio de 2026. El canciller paraguayo, Hugo Benítez, acordó con su"
                    + " par boliviano, Rafael Mamani, celebrar una reunión del comité de fronteras"
                    + " el próximo mes."));
    assertThat(es.commitments())
        .extracting(c -> c.deadline().due().toString())
        .containsExactly("2026-08-31");
  }

  @Test
  void aCallOfTheSameDayIsNotPartOfTheTalks() {
    Extraction e =
        read(
            "Le président malien, Oumar Keïta, a reçu mardi le ministre guinéen des Affaires"
                + " étrangères, Alpha Camara. Le même jour, le Premier ministre guinéen a eu un"
                + " entretien téléphonique avec le président de la Commission de la CEDEAO, Yaya"
                + " Diallo.");
    assertThat(e.meetings())
        .extracting(Meeting::parties, Meeting::mode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(List.of("GIN", "MLI"), Meeting.Mode.IN_PERSON),
            org.assertj.core.groups.Tuple.tuple(List.of("ECOWAS", "GIN"), Meeting.Mode.PHONE));
  }

  @Test
  void aSecondTitleSaysWhoseOfficialItIs() {
    Extraction e =
        read(
            "DAKAR, 9 mars 2026 – Le président sénégalais a reçu M. Koffi Agbodjan, ministre"
                + " d'État, ministre des Affaires étrangères du Togo.");
    assertThat(person(e, "Koffi Agbodjan").affiliation()).isEqualTo("TGO");
  }

  @Test
  void unnamedSignersAreTheSidesOfTheLeadTalks() {
    Extraction e =
        read(
            "QUITO, 9 de marzo de 2026. El canciller ecuatoriano, Diego Vera, se reunió este lunes"
                + " con su homólogo colombiano, Andrés Gil. Más tarde, la vicepresidenta de Perú,"
                + " Rosa Quispe, sostuvo una conversación telefónica con el secretario general de"
                + " la OEA, Pablo Ruiz. Las delegaciones firmaron un memorando de entendimiento"
                + " sobre cooperación fronteriza.");
    assertThat(e.agreements())
        .singleElement()
        .satisfies(a -> assertThat(a.parties()).containsExactly("COL", "ECU"));
  }

  @Test
  void aListOfPortfoliosGoesOnPastItsCommas() {
    Extraction e =
        read(
            "NIAMEY, 9 mars 2026 – Le ministre des Affaires étrangères, de la Coopération et des"
                + " Nigériens de l'extérieur, M. Issa Garba, a reçu lundi le ministre béninois,"
                + " Paul Houngbo, de passage à Niamey.");
    assertThat(person(e, "Issa Garba").affiliation()).isEqualTo("NER");
    assertThat(person(e, "Paul Houngbo").role()).doesNotContain("passage");
  }

  @Test
  void particlesInsideASpanishName() {
    Extraction e =
        read(
            "LIMA, 9 de marzo de 2026. El canciller peruano, Luis de la Torre Vidal, se reunió este"
                + " lunes con su par boliviano, Rafael Mamani.");
    assertThat(person(e, "Luis de la Torre Vidal").affiliation()).isEqualTo("PER");
  }

  @Test
  void anAudienceOfTheSameDayIsNotPartOfTheTalks() {
    Extraction e =
        read(
            "DAKAR, 10 mars 2026 – Le président sénégalais s'est entretenu mardi avec le président"
                + " de la Commission de l'Union africaine, M. Paul Mbeki. Le Premier ministre"
                + " sénégalais, de son côté, a reçu l'ambassadeur de France, M. Luc Martin.");
    assertThat(e.meetings())
        .extracting(Meeting::parties)
        .containsExactlyInAnyOrder(List.of("AU", "SEN"), List.of("FRA", "SEN"));
  }

  @Test
  void anAdverbInsideATriggerStillBinds() {
    Extraction e =
        read(
            "RABAT, 9 mars 2026 – Le ministre marocain s'est entretenu lundi avec son homologue"
                + " belge, Mme Sarah Peeters. Les deux parties se sont également engagées à"
                + " renforcer leur coopération dans la lutte contre le trafic de stupéfiants.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .contains("renforcer leur coopération dans la lutte contre le trafic de stupéfiants");
  }

  @Test
  void aVisitExpectedNextMonthIsNoMeetingYet() {
    Extraction e =
        read(
            "DAKAR, 9 mars 2026 – Le président sénégalais est attendu à Nouakchott le mois"
                + " prochain pour une visite d'État en Mauritanie.");
    assertThat(e.meetings()).isEmpty();
  }

  @Test
  void aCityAfterÀIsTheVenueNotAParty() {
    Extraction e =
        read(
            "DAKAR, 12 mai 2026 – Le ministre sénégalais des Affaires étrangères a eu des"
                + " entretiens mardi avec son homologue mauritanien, M. Mohamed Ould Ahmed, en"
                + " marge du sommet de la CEDEAO à Abuja.");
    assertThat(e.meetings())
        .extracting(Meeting::parties)
        .containsExactlyInAnyOrder(List.of("MRT", "SEN"), List.of("ECOWAS", "MRT", "SEN"));
  }

  @Test
  void bothSidesAreThoseOfTheTalksToldLast() {
    Extraction e =
        read(
            "SANTA CRUZ, 9 de marzo de 2026. La cumbre de la CELAC y la Unión Europea reunió a los"
                + " jefes de Estado. Al margen de la cumbre, el presidente boliviano se reunió con"
                + " su par brasileño. Los dos gobiernos acordaron reunir el comité técnico del"
                + " corredor en La Paz el 4 de abril.");
    assertThat(e.commitments())
        .extracting(Commitment::parties)
        .containsExactly(List.of("BOL", "BRA"));
  }

  @Test
  void anOccasionAnnouncedInARelativeClauseIsItsAntecedent() {
    Extraction e =
        read(
            "La canciller de Honduras y el secretario general de la OEA conversaron sobre los"
                + " preparativos de la Asamblea General de la OEA, que se celebrará en Tegucigalpa"
                + " del 23 al 25 de junio.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .containsExactly("celebrar la Asamblea General de la OEA en Tegucigalpa");
  }
}
